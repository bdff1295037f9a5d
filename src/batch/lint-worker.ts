/** The body of a batch worker thread: one linter, files in, results out (see worker-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import { Soat } from '../api.js'
import { SoatError } from '../errors.js'
import type { WorkerData, WorkerReply } from './worker-pool.js'

/** Start answering the pool's requests. */
export function runLintWorker(): void {
  const { soatOptions, lintOptions } = workerData as WorkerData
  const soat = new Soat(soatOptions)
  parentPort!.on('message', (message: { id: number; file: string }) => {
    soat.lintFile(message.file, lintOptions).then(
      (result) => parentPort!.postMessage({ id: message.id, result } satisfies WorkerReply),
      (error: unknown) => {
        const reply: WorkerReply =
          error instanceof SoatError
            ? { id: message.id, error: { code: error.code, data: error.data } }
            : { id: message.id, error: { message: error instanceof Error ? (error.stack ?? error.message) : String(error) } }
        parentPort!.postMessage(reply)
      },
    )
  })
}
