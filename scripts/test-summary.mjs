// Prints "N passed, N failed" from the vitest and Playwright JSON reports (CI reads this line).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('test-results/vitest.json')) {
	const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
	passed += v.numPassedTests ?? 0;
	failed += v.numFailedTests ?? 0;
	skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
	if (v.numFailedTestSuites && !v.numFailedTests) failed += v.numFailedTestSuites;
} else {
	console.error('no vitest report: counting the unit run as one failure');
	failed += 1;
}

if (existsSync('test-results/playwright.json')) {
	const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
	const s = p.stats ?? {};
	passed += s.expected ?? 0;
	failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
	skipped += s.skipped ?? 0;
	if ((p.errors ?? []).length > 0) failed += p.errors.length;
} else {
	console.error('no Playwright report: counting the browser run as one failure');
	failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
