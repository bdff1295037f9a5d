/**
 * Lints a batch of files on all cores: worker threads, each with its own
 * linter, take files from a shared queue one at a time and send back their
 * results (without the text unless asked), so memory stays flat however many
 * drafts there are. Results come back in the order of the input.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { LintFilesOptions, LintOptions, LintResult } from '../api.js'
import { SoatError } from '../errors.js'
import type { FatalCode } from '../i18n/fatal-messages.js'
import { packageRoot } from '../paths.js'

/** The bundled worker script (built by scripts/build-bundle.mjs). */
export const WORKER_SCRIPT = join(packageRoot, 'dist/cli/lint-worker.mjs')

/** Whether the worker script is available (it is not when running from sources). */
export function canUseWorkers(): boolean {
  return existsSync(WORKER_SCRIPT)
}

/** Messages from a worker. */
export type WorkerReply =
  | { id: number; result: LintResult }
  | { id: number; error: { code: FatalCode; data: Record<string, string | number> } | { message: string } }

/** What a worker is started with. */
export interface WorkerData {
  soatOptions: LintOptions
  lintOptions: Omit<LintFilesOptions, 'onProgress'>
}

/** Lint `files` with `concurrency` workers; `onDone` is called after each file, with the file. */
export async function lintInWorkers(
  files: readonly string[],
  data: WorkerData,
  concurrency: number,
  onDone?: (file: string) => void,
): Promise<LintResult[]> {
  const results = new Array<LintResult>(files.length)
  let next = 0
  const workers: Worker[] = []
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      let running = 0
      let failed = false
      const feed = (worker: Worker): void => {
        if (failed) return
        if (next >= files.length) {
          void worker.terminate()
          if (--running === 0) resolveAll()
          return
        }
        const id = next++
        worker.postMessage({ id, file: files[id] })
      }
      const count = Math.max(1, Math.min(concurrency, files.length))
      for (let w = 0; w < count; w++) {
        const worker = new Worker(WORKER_SCRIPT, { workerData: data })
        workers.push(worker)
        running++
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) {
            failed = true
            const error = reply.error
            rejectAll('code' in error ? new SoatError(error.code, error.data) : new Error(error.message))
            return
          }
          results[reply.id] = reply.result
          onDone?.(files[reply.id]!)
          feed(worker)
        })
        worker.on('error', (error) => {
          failed = true
          rejectAll(error)
        })
        feed(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
