/**
 * Where the CLI writes its report, a piece at a time: a file (written under a
 * temporary name beside it and renamed when complete, so a reader never sees
 * half a report and a failed run leaves the old one), or a stream (waiting
 * for it to drain when it is a pipe or a terminal, so a slow reader holds the
 * run back instead of filling memory).
 */
import { once } from 'node:events'
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises'
import { Socket } from 'node:net'
import { basename, dirname, join } from 'node:path'

/** A report's destination. */
export interface ReportOutput {
  write(text: string): Promise<void>
  /** The report is complete. */
  close(): Promise<void>
  /** The run failed: drop what was written to a file. */
  abort(): Promise<void>
}

/** Write `file` atomically, piece by piece. */
export async function fileOutput(file: string): Promise<ReportOutput> {
  await mkdir(dirname(file), { recursive: true })
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`)
  let handle: FileHandle | undefined = await open(temp, 'w')
  // Small pieces are gathered into larger writes.
  let buffered: string[] = []
  let size = 0
  const flush = async (): Promise<void> => {
    if (size === 0) return
    const text = buffered.join('')
    buffered = []
    size = 0
    await handle!.write(text)
  }
  return {
    async write(text) {
      if (!text) return
      buffered.push(text)
      size += text.length
      if (size >= 1 << 16) await flush()
    },
    async close() {
      await flush()
      await handle!.close()
      handle = undefined
      await rename(temp, file)
    },
    async abort() {
      await handle?.close().catch(() => undefined)
      handle = undefined
      await rm(temp, { force: true })
    },
  }
}

/** Write to `stream`; `beforeWrite` runs before each non-empty piece (the CLI erases its progress bar). */
export function streamOutput(stream: NodeJS.WritableStream, beforeWrite?: () => void): ReportOutput {
  // Pipes and terminals drain by themselves; a stream given by a caller may never be read until the end.
  const drains = stream instanceof Socket
  // A reader that went away (`soat … | head`) ends the report quietly, as it would for `cat`.
  let closed = false
  const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE'
  stream.on('error', (error) => {
    if (isClosedPipe(error)) closed = true
  })
  return {
    async write(text) {
      if (!text || closed) return
      beforeWrite?.()
      try {
        if (!stream.write(text) && drains) await Promise.race([once(stream, 'drain'), once(stream, 'close')])
      } catch (error) {
        if (!isClosedPipe(error)) throw error
        closed = true
      }
    },
    close: async () => undefined,
    abort: async () => undefined,
  }
}
