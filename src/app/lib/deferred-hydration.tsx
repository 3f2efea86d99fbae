import { Suspense, useState, type ReactElement } from 'react';

/**
 * Hydration in slices. Preact hydrates a prerendered page in one pass: on a slow phone that is one
 * task of 150 ms or more, and a tap meanwhile waits for all of it. A region wrapped in
 * {@link DeferredHydration} suspends while the page is first hydrated, which Preact allows without
 * touching its markup (the prerendered element stays on screen and is hydrated where it is once the
 * region resumes); the regions then resume one by one, each in a task of its own, in the order they
 * were met. Until its turn, a region reads and its links work as plain links; its buttons wait.
 * Anything rendered after the first hydration (another route, a region mounted later) renders at once.
 */

interface Gate {
  open: boolean;
  promise: Promise<void>;
}

/** True only while the first hydration pass runs: each region it meets gets a gate, opened in a task of its own. */
let firstPass = false;
const waiting: (() => void)[] = [];
const afterAll: (() => void)[] = [];

const nextTask: (run: () => void) => void =
  typeof MessageChannel === 'undefined'
    ? (run) => void setTimeout(run, 0)
    : (run) => {
        // A message is a task of its own with no timer clamping (nested timeouts wait 4 ms each).
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          run();
        };
        channel.port2.postMessage(undefined);
      };

function step(): void {
  const open = waiting.shift();
  if (open) {
    // Resolving resumes the region in this task's microtasks (Preact renders them in a microtask).
    open();
    nextTask(step);
    return;
  }
  for (const run of afterAll.splice(0)) run();
}

function gateForFirstPass(): Gate | undefined {
  if (!firstPass) return undefined;
  let resolve!: () => void;
  const gate: Gate = { open: false, promise: new Promise<void>((done) => (resolve = done)) };
  if (waiting.push(() => ((gate.open = true), resolve())) === 1) nextTask(step);
  return gate;
}

/** Runs `hydrate` (a synchronous hydration of the prerendered page) with its deferred regions sliced off. */
export function hydrateInSlices(hydrate: () => void): void {
  firstPass = true;
  try {
    hydrate();
  } finally {
    firstPass = false;
  }
}

/** Calls `run` once every region the first hydration deferred has been hydrated (at once if none is left). */
export function afterDeferredHydration(run: () => void): () => void {
  if (waiting.length === 0) {
    run();
    return () => {};
  }
  afterAll.push(run);
  return () => {
    const at = afterAll.indexOf(run);
    if (at >= 0) afterAll.splice(at, 1);
  };
}

function Gated({ children }: { children: ReactElement }) {
  const [gate] = useState(gateForFirstPass);
  if (gate && !gate.open) throw gate.promise;
  return children;
}

/**
 * A region hydrated in a task of its own after the rest of the page. `children` must render exactly
 * one element: while suspended, Preact keeps the one prerendered node the region stands for.
 */
export function DeferredHydration({ children }: { children: ReactElement }) {
  return (
    <Suspense fallback={null}>
      <Gated>{children}</Gated>
    </Suspense>
  );
}
