/**
 * New deploys on a running kiosk, with the offline service worker (src/service-worker.ts):
 *
 * - a new build installs in the background (the browser finds it on its own, or the kiosk asks at
 *   an attract title, at most every `checkEveryMs`) and then waits: the page on screen keeps the
 *   worker and the cache it was loaded with, through any visit;
 * - between two loops (`betweenLoops`, when the attract title comes up) a waiting build takes over
 *   (`skip-waiting`) and the page reloads into it; a build that finishes installing while the
 *   attract title is still up takes over at once; one that finishes later waits for the next title;
 * - while a build takes over (activating it can take a second or two) the kiosk holds the screen
 *   it is on (`onHandOver(true)`), so no visit starts that the reload would cut short; if the build
 *   has not taken over within `handOverMs`, the kiosk goes on (`onHandOver(false)`);
 * - the build is told to take over only once the page is quiet (`quiet`: the map has drawn the
 *   title's scene and fetches nothing more). Chromium activates a waiting worker only when the
 *   active one has no event in flight; a fetch that comes while it is being stopped starts it again,
 *   and the activation is then parked (up to five minutes) while a later `skip-waiting` does nothing
 *   more (content/browser/service_worker: `SkipWaiting` asks for activation only on its first call).
 *   A parked build still takes over in the end: the page then reloads at the next title (`stale`);
 * - a kiosk page that starts while a build is waiting (a self-heal reload, a restart) takes it at once;
 * - the first install on a fresh kiosk is not an update: nothing reloads.
 *
 * Browser glue with its inputs injected (the service-worker container, the clock, "is nobody
 * watching", reload), so the decisions are unit-tested (updates.test.ts).
 */

/** The parts of the browser's ServiceWorker API this uses. */
export interface WorkerLike extends EventTarget {
	readonly state: string;
	postMessage(message: unknown): void;
}
export interface RegistrationLike extends EventTarget {
	readonly active: WorkerLike | null;
	readonly waiting: WorkerLike | null;
	readonly installing: WorkerLike | null;
	update(): Promise<unknown>;
}
export interface ContainerLike extends EventTarget {
	readonly controller: object | null;
	/** (Resolves without a registration where service workers are blocked, as in some test browsers.) */
	register(url: string, options: { type: WorkerType }): Promise<RegistrationLike | undefined>;
}

export interface DeployOptions {
	container: ContainerLike | undefined;
	url: string;
	type: WorkerType;
	/** Whether nobody is watching right now (the attract title is up). */
	idle: () => boolean;
	reload: () => void;
	now: () => number;
	/** Ask the server at most this often, ms. */
	checkEveryMs: number;
	/** A build is taking over (true): hold the screen until the reload; or it gave up (false). */
	onHandOver?: (active: boolean) => void;
	/** How long a hand-over may take before the kiosk goes on without it, ms. */
	handOverMs?: number;
	/**
	 * Call `go` once the page fetches nothing more (the map has drawn its scene); returns a cancel.
	 * Without it the build is told at once.
	 */
	quiet?: (go: () => void) => () => void;
	warn?: (message: string) => void;
}

export interface Deploys {
	/** The attract title came up: take a waiting build, or ask for a new one. */
	betweenLoops(): void;
	stop(): void;
}

export const SKIP_WAITING = { type: 'skip-waiting' } as const;

export function watchDeploys(o: DeployOptions): Deploys {
	const sw = o.container;
	if (!sw) return { betweenLoops() {}, stop() {} };
	let reg: RegistrationLike | undefined;
	let stopped = false;
	/** A waiting build was told to take over: reload when it controls the page. */
	let handingOver = false;
	/** The page came under a new worker nobody here asked for (another tab handed over): reload at the next title. */
	let stale = false;
	let lastCheck = o.now();
	const hadController = sw.controller !== null;
	let controllerChanges = 0;

	let giveUp: ReturnType<typeof setTimeout> | undefined;
	let cancelQuiet = () => {};
	const abandon = () => {
		if (!handingOver) return;
		handingOver = false;
		clearTimeout(giveUp);
		cancelQuiet();
		o.onHandOver?.(false);
	};
	const handOver = (worker: WorkerLike) => {
		if (handingOver || stopped) return;
		handingOver = true;
		o.onHandOver?.(true);
		worker.addEventListener('statechange', () => {
			if (worker.state === 'redundant') abandon();
		});
		giveUp = setTimeout(abandon, o.handOverMs ?? 15_000);
		const go = () => worker.postMessage(SKIP_WAITING);
		if (o.quiet) cancelQuiet = o.quiet(go);
		else go();
	};
	/** A build is waiting behind the one in control (not a first install, which activates by itself). */
	const waitingUpdate = () => (reg?.active && reg.waiting ? reg.waiting : undefined);

	const onController = () => {
		controllerChanges++;
		if (handingOver) o.reload();
		else if (hadController || controllerChanges > 1) stale = true;
	};
	sw.addEventListener('controllerchange', onController);

	const onUpdateFound = () => {
		const worker = reg?.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state !== 'installed' || !o.idle()) return;
			const waiting = waitingUpdate();
			if (waiting === worker) handOver(worker);
		});
	};

	sw.register(o.url, { type: o.type }).then(
		(r) => {
			if (stopped || !r) return;
			reg = r;
			r.addEventListener('updatefound', onUpdateFound);
			// Starting while a build waits (a reload, a restart): nobody is mid-visit yet.
			const waiting = waitingUpdate();
			if (waiting) handOver(waiting);
		},
		(e: Error) => o.warn?.(`[kiosk] no offline cache: ${e.message}`)
	);

	return {
		betweenLoops() {
			if (stopped || handingOver) return;
			if (stale) return o.reload();
			const waiting = waitingUpdate();
			if (waiting) return handOver(waiting);
			const now = o.now();
			if (!reg || now - lastCheck < o.checkEveryMs) return;
			lastCheck = now;
			// Offline, or the server is down: fails quietly, the kiosk asks again at a later title.
			reg.update().catch(() => {});
		},
		stop() {
			stopped = true;
			clearTimeout(giveUp);
			cancelQuiet();
			sw.removeEventListener('controllerchange', onController);
			reg?.removeEventListener('updatefound', onUpdateFound);
		}
	};
}
