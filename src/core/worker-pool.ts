/**
 * Heavy work (document rendering, network measures on large networks) that should not block
 * the event loop. The server will implement this with worker threads and hand it to modules in
 * their deps; no implementation exists yet, so modules still do such work in-process.
 */
export interface WorkerPool {
  run<T>(task: string, input: unknown): Promise<T>;
}
