/**
 * The scroll engine: which step is at the trigger line, and how far through it the reader is.
 *
 * An IntersectionObserver whose root margin shrinks the viewport to a one-pixel trigger line tells
 * which steps cross that line; a passive, frame-throttled scroll listener measures the progress of
 * the active step. The active step is always recomputed from where the steps are now, never from the
 * order events arrived in, so fast scrolls, back-scrolls and reloads mid-page land on the right step.
 */

export interface ScrollerOptions {
	/** Trigger line as a fraction of the viewport height from the top (0.5 = middle). */
	offset?: number;
	/** Called whenever the active step or its progress (0..1) changes. */
	onChange: (index: number, progress: number) => void;
	/**
	 * Where `scrollTo` puts a step's top, in pixels from the top of the viewport (above the trigger
	 * line, so the step is active and its text readable). Default: just above the trigger line.
	 */
	readingTop?: () => number;
}

export interface Scroller {
	/** Re-measure now (after a layout change). */
	refresh(): void;
	/** Scroll so that step `index` is active, its top at the reading position. */
	scrollTo(index: number, behavior?: ScrollBehavior): void;
	/** Whether the first step has not reached the trigger line yet (it is active only by default). */
	beforeFirst(): boolean;
	/** Remove every observer and listener. */
	destroy(): void;
}

/** Progress (0..1) of a step whose box spans [top, top + height) when the trigger line is at y. */
export function progressAt(top: number, height: number, triggerY: number): number {
	if (height <= 0) return 0;
	return Math.min(1, Math.max(0, (triggerY - top) / height));
}

/**
 * Which step is active: the last step whose top has passed the trigger line (steps are in document
 * order); before the first step, the first one.
 */
export function activeIndex(tops: number[], triggerY: number): number {
	let active = 0;
	for (let i = 0; i < tops.length; i++) {
		if ((tops[i] as number) <= triggerY) active = i;
		else break;
	}
	return active;
}

/**
 * A resize that re-lays out the story (a window resized, a phone turned), as opposed to a phone's
 * address bar showing or hiding, which only changes the height by a bar's worth while the reader
 * scrolls (and must not have the page scrolled under their thumb).
 */
export function relayout(before: { width: number; height: number }, after: { width: number; height: number }): boolean {
	return before.width !== after.width || Math.abs(before.height - after.height) > before.height / 5;
}

/**
 * Where to scroll after a re-layout so that the reader is where they were: the same step at the
 * same share of its text at the trigger line (just short of its end, so it stays the active one).
 */
export function keptScrollY(scrollY: number, stepTop: number, stepHeight: number, progress: number, triggerY: number): number {
	return Math.max(0, scrollY + stepTop + Math.min(progress, 0.98) * stepHeight - triggerY);
}

/** Progress quantised to 1/1000 so that sub-pixel jitter does not call back. */
export function quantise(p: number): number {
	return Math.round(p * 1000) / 1000;
}

export function createScroller(steps: HTMLElement[], opts: ScrollerOptions): Scroller {
	const offset = opts.offset ?? 0.5;
	let index = -1;
	let progress = -1;
	let frame = 0;
	let before = true;
	let size = { width: innerWidth, height: innerHeight };
	const crossing = new Set<number>();

	const triggerY = () => innerHeight * offset;

	const measure = () => {
		frame = 0;
		if (steps.length === 0) return;
		const y = triggerY();
		let i: number;
		if (crossing.size === 1) i = crossing.values().next().value as number;
		else i = activeIndex(steps.map((s) => s.getBoundingClientRect().top), y);
		const r = (steps[i] as HTMLElement).getBoundingClientRect();
		const p = quantise(progressAt(r.top, r.height, y));
		before = i === 0 && r.top > y + 1;
		if (i !== index || p !== progress) {
			index = i;
			progress = p;
			opts.onChange(i, p);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};

	const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
	const observer = new IntersectionObserver(
		(entries) => {
			for (const e of entries) {
				const i = steps.indexOf(e.target as HTMLElement);
				if (i < 0) continue;
				if (e.isIntersecting) crossing.add(i);
				else crossing.delete(i);
			}
			schedule();
		},
		{ rootMargin: `-${pct(offset)} 0px -${pct(1 - offset)} 0px`, threshold: 0 }
	);
	for (const s of steps) observer.observe(s);
	// A re-layout keeps the reader in their step: text reflows at a new width, and without this the
	// step at the trigger line would be another one (a phone turned lands the reader a scene away).
	const onResize = () => {
		const was = size;
		size = { width: innerWidth, height: innerHeight };
		const step = steps[index];
		if (step && !before && relayout(was, size)) {
			const r = step.getBoundingClientRect();
			scrollTo({ top: keptScrollY(scrollY, r.top, r.height, progress, triggerY()), behavior: 'instant' });
		}
		schedule();
	};
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', onResize, { passive: true });

	measure();

	return {
		refresh: measure,
		scrollTo(i, behavior = 'auto') {
			const step = steps[Math.max(0, Math.min(steps.length - 1, i))];
			if (!step) return;
			const at = Math.min(triggerY() - 2, opts.readingTop?.() ?? Infinity);
			const top = step.getBoundingClientRect().top + scrollY - at;
			scrollTo({ top: Math.max(0, top), behavior });
		},
		// One pixel of slack: a step placed exactly on the line (the skip link does that) has reached it.
		beforeFirst: () => !!steps[0] && steps[0].getBoundingClientRect().top > triggerY() + 1,
		destroy() {
			observer.disconnect();
			removeEventListener('scroll', schedule);
			removeEventListener('resize', onResize);
			if (frame) cancelAnimationFrame(frame);
		}
	};
}
