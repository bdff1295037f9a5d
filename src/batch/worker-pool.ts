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

/**
 * Lint `files` with `concurrency` workers, yielding the results in the order
 * of `files`; `onDone` is called as each file finishes, with the file. At
 * most `window` results are in flight or waiting for an earlier one, so a
 * slow consumer (or one slow file) holds the workers back instead of letting
 * results pile up.
 */
export async function* lintInWorkers(
  files: readonly string[],
  data: WorkerData,
  concurrency: number,
  onDone?: (file: string) => void,
  window = Math.max(1, concurrency) * 8,
): AsyncGenerator<LintResult, void, undefined> {
  const ready = new Map<number, LintResult>()
  const idle: Worker[] = []
  const workers: Worker[] = []
  let next = 0
  let emitted = 0
  let failure: { error: unknown } | undefined
  let wake: (() => void) | undefined
  let closing = false
  const notify = (): void => {
    const w = wake
    wake = undefined
    w?.()
  }
  const fail = (error: unknown): void => {
    failure ??= { error }
    notify()
  }
  const pump = (): void => {
    while (idle.length > 0 && next < files.length && next < emitted + window) {
      const id = next++
      idle.pop()!.postMessage({ id, file: files[id] })
    }
  }
  try {
    const count = Math.max(1, Math.min(concurrency, files.length))
    for (let w = 0; w < count; w++) {
      const worker = new Worker(WORKER_SCRIPT, { workerData: data })
      workers.push(worker)
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          const error = reply.error
          fail('code' in error ? new SoatError(error.code, error.data) : new Error(error.message))
          return
        }
        ready.set(reply.id, reply.result)
        onDone?.(files[reply.id]!)
        idle.push(worker)
        pump()
        notify()
      })
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (!closing) fail(new Error(`a lint worker stopped (exit code ${code})`))
      })
      idle.push(worker)
    }
    pump()
    while (emitted < files.length) {
      if (failure) throw failure.error
      const result = ready.get(emitted)
      if (result === undefined) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      ready.delete(emitted++)
      pump()
      yield result
    }
  } finally {
    closing = true
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
