#!/usr/bin/env node
/**
 * `npm run audit`: the production dependencies' security check.
 *
 * Runs `npm audit --omit=dev` and fails on any high or critical advisory. Some registries (the
 * mirror this project is built against among them) refuse the advisory endpoint; then it says so
 * and does the next best check it can with the registry alone: every production package, direct
 * or not, compared with the newest version published, so a newsroom sees what is behind.
 * Prints a summary; with --json, the whole result. Not part of `npm test` (it needs the network).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const exec = promisify(execFile);

/** @param {string[]} args */
async function npm(args) {
	try {
		const { stdout, stderr } = await exec('npm', args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
		return { code: 0, stdout, stderr };
	} catch (e) {
		const err = /** @type {any} */ (e);
		return { code: typeof err.code === 'number' ? err.code : 1, stdout: String(err.stdout ?? ''), stderr: String(err.stderr ?? err.message) };
	}
}

/** Every package `npm ls --omit=dev` reaches, with the version installed. */
async function productionPackages() {
	const r = await npm(['ls', '--omit=dev', '--all', '--json']);
	/** @type {Map<string, string>} */
	const found = new Map();
	/** @param {any} node */
	const walk = (node) => {
		for (const [name, dep] of Object.entries(node?.dependencies ?? {})) {
			const d = /** @type {any} */ (dep);
			if (d.version && !found.has(name)) found.set(name, d.version);
			walk(d);
		}
	};
	walk(JSON.parse(r.stdout || '{}'));
	return found;
}

export async function audit() {
	const r = await npm(['audit', '--omit=dev', '--json']);
	/** @type {any} */
	let report;
	try {
		report = JSON.parse(r.stdout);
	} catch {
		report = undefined;
	}
	const counts = report?.metadata?.vulnerabilities;
	if (counts) {
		return { ran: true, vulnerabilities: counts, ok: (counts.high ?? 0) + (counts.critical ?? 0) === 0 };
	}
	// The advisory endpoint is unavailable: fall back to comparing versions with the registry.
	const reason = (report?.message ?? report?.error?.summary ?? r.stderr.split('\n').find((l) => /audit|error/i.test(l)) ?? 'no report').trim();
	const packages = await productionPackages();
	const overrides = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).overrides ?? {};
	/** @type {{ name: string, installed: string, latest: string, override: boolean }[]} */
	const behind = [];
	await Promise.all(
		[...packages].map(async ([name, installed]) => {
			const v = await npm(['view', name, 'version']);
			const latest = v.stdout.trim().split('\n').pop() ?? '';
			if (latest && latest !== installed) behind.push({ name, installed, latest, override: name in overrides });
		})
	);
	behind.sort((a, b) => a.name.localeCompare(b.name));
	return { ran: false, reason, packages: packages.size, behind, ok: undefined };
}

async function main() {
	const result = await audit();
	if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
	else if (result.ran) {
		const v = result.vulnerabilities;
		console.log(`npm audit --omit=dev: critical ${v.critical ?? 0}, high ${v.high ?? 0}, moderate ${v.moderate ?? 0}, low ${v.low ?? 0}`);
	} else {
		console.log(`npm audit --omit=dev could not run: ${result.reason}`);
		console.log(`instead: ${result.packages} production packages compared with the newest release on the registry`);
		if (result.behind.length === 0) console.log('  all are at their newest release');
		for (const b of result.behind) console.log(`  ${b.name} ${b.installed} (newest ${b.latest})${b.override ? ' — pinned by an override in package.json' : ''}`);
	}
	if (result.ok === false) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
