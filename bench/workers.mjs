// Would worker threads pay? Times, in one process, the per-file work a worker could take over —
// parsing each file and checking it against its kind's schema — done on the main thread, and done
// by two workers that each load aipm, take half the files and send the data back.
// Usage: node bench/workers.mjs [files=1000] [rounds=5]   (after npm run build)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const library = pathToFileURL(join(root, 'dist', 'index.js')).href;

/** Parse and schema-check each text; what the main thread would need back is the data. */
async function work(texts) {
  const { parseYaml, kinds } = await import(library);
  return texts.map((text) => {
    const { value } = parseYaml(text);
    const kind = value && typeof value === 'object' ? kinds[value.kind] : undefined;
    return kind ? kind.schema.safeParse(value).data ?? value : value;
  });
}

if (!isMainThread) {
  parentPort.postMessage(await work(workerData));
} else {
  const count = Number(process.argv[2] ?? 1000);
  const rounds = Number(process.argv[3] ?? 5);
  const example = join(root, 'examples', 'en-claim-triage', 'specs');
  const specs = readdirSync(example).map((name) => readFileSync(join(example, name), 'utf8'));
  const texts = Array.from({ length: count }, (_, i) => specs[i % specs.length].replace(/\b([A-Z]{1,5})-([A-Z0-9-]*[A-Z0-9])\b/g, `$1-$2-K${Math.floor(i / specs.length)}`));
  const inWorker = (part) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: part });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  // Each measurement in a fresh child would be fairer to the main thread's first (cold) run; here
  // the main thread's first round is cold and later ones warm, so both are reported.
  const main = [];
  const split = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    await work(texts);
    main.push(performance.now() - t);
    t = performance.now();
    const half = Math.ceil(texts.length / 2);
    await Promise.all([inWorker(texts.slice(0, half)), inWorker(texts.slice(half))]);
    split.push(performance.now() - t);
  }
  console.log(`${count} files: main thread first (cold) ${main[0].toFixed(0)} ms, later ${median(main.slice(1)).toFixed(0)} ms; two fresh workers ${median(split).toFixed(0)} ms (each loads aipm and starts cold)`);
}
