/**
 * A .br and a .gz beside every vector tile of a build (`<dir>/data/tiles/**.pbf`), as the static
 * adapter's `precompress` writes them for text files (it leaves other extensions alone). Tiles are
 * protobuf, which compresses to about half; scripts/serve.mjs serves the compressed copies, and the
 * byte budgets count them. Empty tiles stay as they are.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {string} dir the build directory */
export function compressTiles(dir) {
	const root = join(dir, 'data', 'tiles');
	let n = 0;
	/** @param {string} d */
	const walk = (d) => {
		let names;
		try {
			names = readdirSync(d);
		} catch {
			return;
		}
		for (const name of names) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.pbf')) {
				const bytes = readFileSync(p);
				if (bytes.length === 0) continue;
				writeFileSync(`${p}.gz`, gzipSync(bytes, { level: 9 }));
				writeFileSync(`${p}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
				n++;
			}
		}
	};
	walk(root);
	return n;
}
