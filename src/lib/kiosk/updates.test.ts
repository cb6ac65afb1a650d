import { describe, expect, it } from 'vitest';
import { SKIP_WAITING, watchDeploys, type ContainerLike, type RegistrationLike, type WorkerLike } from './updates';

/** A service worker in the states the browser moves it through. */
class FakeWorker extends EventTarget implements WorkerLike {
	state = 'installing';
	messages: unknown[] = [];
	postMessage(m: unknown) {
		this.messages.push(m);
	}
	set(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget implements RegistrationLike {
	active: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	updates = 0;
	async update() {
		this.updates++;
	}
	/** A new build is found and installs (then waits, if a worker is active). */
	install(): FakeWorker {
		const w = new FakeWorker();
		this.installing = w;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = w;
		w.set('installed');
		return w;
	}
}

class FakeContainer extends EventTarget implements ContainerLike {
	constructor(
		public controller: object | null,
		public reg: FakeRegistration
	) {
		super();
	}
	async register() {
		return this.reg;
	}
	/** The waiting worker became the controller. */
	takeOver() {
		const w = this.reg.waiting!;
		this.reg.active = w;
		this.reg.waiting = null;
		w.set('activated');
		this.controller = w;
		this.dispatchEvent(new Event('controllerchange'));
	}
}

/** A kiosk that already runs under build A's worker. */
async function kiosk(opts: { checkEveryMs?: number; controlled?: boolean } = {}) {
	const reg = new FakeRegistration();
	const a = new FakeWorker();
	a.state = 'activated';
	if (opts.controlled !== false) reg.active = a;
	const sw = new FakeContainer(opts.controlled === false ? null : a, reg);
	const k = { idle: false, reloads: 0, now: 0 };
	const deploys = watchDeploys({
		container: sw,
		url: '/service-worker.js',
		type: 'classic',
		idle: () => k.idle,
		reload: () => k.reloads++,
		now: () => k.now,
		checkEveryMs: opts.checkEveryMs ?? 0
	});
	await Promise.resolve(); // the registration resolves
	await Promise.resolve();
	return { reg, sw, k, deploys };
}

describe('watchDeploys', () => {
	it('a build found mid-visit waits: no hand-over, no reload until the attract title', async () => {
		const { reg, sw, k, deploys } = await kiosk();
		const b = reg.install();
		expect(b.messages).toEqual([]);
		expect(k.reloads).toBe(0);
		// The attract title: the waiting build is told to take over, and the page reloads once it has.
		k.idle = true;
		deploys.betweenLoops();
		expect(b.messages).toEqual([SKIP_WAITING]);
		expect(k.reloads).toBe(0);
		sw.takeOver();
		expect(k.reloads).toBe(1);
	});

	it('a build that finishes installing while the attract title is up takes over at once', async () => {
		const { reg, sw, k } = await kiosk();
		k.idle = true;
		const b = reg.install();
		expect(b.messages).toEqual([SKIP_WAITING]);
		sw.takeOver();
		expect(k.reloads).toBe(1);
	});

	it('asks the server at an attract title, at most every checkEveryMs', async () => {
		const { reg, k, deploys } = await kiosk({ checkEveryMs: 600_000 });
		k.idle = true;
		deploys.betweenLoops();
		expect(reg.updates).toBe(0); // the browser checked when the page loaded
		k.now = 600_000;
		deploys.betweenLoops();
		expect(reg.updates).toBe(1);
		k.now = 900_000;
		deploys.betweenLoops();
		expect(reg.updates).toBe(1);
	});

	it('a page that starts while a build waits takes it at once', async () => {
		const reg = new FakeRegistration();
		const a = new FakeWorker();
		a.state = 'activated';
		reg.active = a;
		const b = new FakeWorker();
		b.state = 'installed';
		reg.waiting = b;
		const sw = new FakeContainer(a, reg);
		let reloads = 0;
		watchDeploys({ container: sw, url: '/sw.js', type: 'classic', idle: () => false, reload: () => reloads++, now: () => 0, checkEveryMs: 0 });
		await Promise.resolve();
		await Promise.resolve();
		expect(b.messages).toEqual([SKIP_WAITING]);
		sw.takeOver();
		expect(reloads).toBe(1);
	});

	it('the first install of a fresh kiosk is not an update: nothing reloads', async () => {
		const { reg, sw, k, deploys } = await kiosk({ controlled: false });
		k.idle = true;
		// No active worker: the first one activates by itself and claims the page.
		const first = new FakeWorker();
		reg.installing = first;
		reg.dispatchEvent(new Event('updatefound'));
		reg.installing = null;
		reg.waiting = first;
		first.set('installed');
		expect(first.messages).toEqual([]);
		sw.takeOver();
		deploys.betweenLoops();
		expect(k.reloads).toBe(0);
	});

	it('a hand-over nobody here asked for (another tab) reloads at the next attract title, not before', async () => {
		const { reg, sw, k, deploys } = await kiosk();
		reg.install();
		sw.takeOver();
		expect(k.reloads).toBe(0);
		k.idle = true;
		deploys.betweenLoops();
		expect(k.reloads).toBe(1);
	});

	it('a build that fails to take over does not block the next one', async () => {
		const { reg, k, deploys } = await kiosk();
		k.idle = true;
		const b = reg.install();
		b.set('redundant');
		reg.waiting = null;
		const c = reg.install();
		expect(c.messages).toEqual([SKIP_WAITING]);
		deploys.stop();
	});
});

describe('watchDeploys: holding the screen while a build takes over', () => {
	it('says when a hand-over starts, and when it is given up (a build that fails to activate)', async () => {
		const reg = new FakeRegistration();
		const a = new FakeWorker();
		a.state = 'activated';
		reg.active = a;
		const sw = new FakeContainer(a, reg);
		const held: boolean[] = [];
		const deploys = watchDeploys({
			container: sw,
			url: '/sw.js',
			type: 'classic',
			idle: () => true,
			reload: () => {},
			now: () => 0,
			checkEveryMs: 0,
			onHandOver: (on) => held.push(on)
		});
		await Promise.resolve();
		await Promise.resolve();
		const b = reg.install();
		expect(held).toEqual([true]);
		b.set('redundant');
		expect(held).toEqual([true, false]);
		deploys.stop();
	});
});

describe('watchDeploys without a registration', () => {
	it('does nothing when register() gives none (service workers blocked)', async () => {
		const sw = new FakeContainer(null, new FakeRegistration());
		sw.register = async () => undefined as unknown as FakeRegistration;
		const d = watchDeploys({ container: sw, url: '/sw.js', type: 'classic', idle: () => true, reload: () => {}, now: () => 1e9, checkEveryMs: 0 });
		await Promise.resolve();
		await Promise.resolve();
		expect(() => d.betweenLoops()).not.toThrow();
	});

	it('tells the build to take over only once the page is quiet, and not at all once it gave up', async () => {
		const reg = new FakeRegistration();
		const a = new FakeWorker();
		a.state = 'activated';
		reg.active = a;
		const sw = new FakeContainer(a, reg);
		const held: boolean[] = [];
		let whenQuiet: (() => void) | undefined;
		let cancelled = 0;
		const deploys = watchDeploys({
			container: sw,
			url: '/sw.js',
			type: 'classic',
			idle: () => true,
			reload: () => {},
			now: () => 0,
			checkEveryMs: 0,
			onHandOver: (on) => held.push(on),
			handOverMs: 60_000,
			quiet: (go) => {
				whenQuiet = go;
				return () => cancelled++;
			}
		});
		await Promise.resolve();
		await Promise.resolve();
		const b = reg.install();
		// The screen is held at once; the message waits for the map to be drawn.
		expect(held).toEqual([true]);
		expect(b.messages).toEqual([]);
		whenQuiet!();
		expect(b.messages).toEqual([SKIP_WAITING]);
		// A hand-over given up (here: the build went redundant) stops waiting for quiet.
		const c = reg.install();
		b.set('redundant');
		expect(cancelled).toBe(1);
		expect(held).toEqual([true, false]);
		deploys.betweenLoops();
		expect(held).toEqual([true, false, true]);
		expect(c.messages).toEqual([]);
		deploys.stop();
		expect(cancelled).toBe(2);
	});
});
