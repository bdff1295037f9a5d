/**
 * A result store on disk: results a streamed report needs again at the end
 * (SARIF) are appended to a temporary file, one JSON line each, and read back
 * a line at a time, so a batch of any size keeps none of them in memory.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LintResult } from '../api.js'
import type { ResultStore } from './types.js'

const CHUNK = 1 << 20

/** A store in a new temporary directory (removed by `dispose`). */
export function spillStore(): ResultStore {
  const dir = mkdtempSync(join(tmpdir(), 'soat-report-'))
  const file = join(dir, 'results.jsonl')
  let fd: number | undefined = openSync(file, 'w')
  const flush = (): void => {
    if (fd !== undefined) closeSync(fd)
    fd = undefined
  }
  return {
    add(result) {
      if (fd === undefined) throw new Error('result store already read')
      // JSON escapes line breaks: one result is one line.
      writeSync(fd, JSON.stringify(result) + '\n')
    },
    *read() {
      flush()
      yield* readLines(file)
    },
    dispose() {
      flush()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function* readLines(file: string): Iterable<LintResult> {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(CHUNK)
    let pending: Buffer[] = []
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null)
      if (n === 0) break
      let start = 0
      for (let nl = buffer.indexOf(10, start); nl >= 0 && nl < n; nl = buffer.indexOf(10, start)) {
        const line = Buffer.concat([...pending, buffer.subarray(start, nl)]).toString('utf8')
        pending = []
        start = nl + 1
        yield JSON.parse(line) as LintResult
      }
      if (start < n) pending.push(Buffer.from(buffer.subarray(start, n)))
    }
  } finally {
    closeSync(fd)
  }
}
