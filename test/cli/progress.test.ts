/** The progress bar of batches: on stderr only when it is a terminal and not in CI. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { canUseWorkers } from '../../src/batch/worker-pool.js'
import { main } from '../../src/cli/main.js'
import { ProgressBar, isCI, shouldShowProgress } from '../../src/cli/progress.js'
import { ensureBuilt } from '../support/build.js'
import { seedNames, seedsDir } from '../support/seeds.js'

function terminal(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 })
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return Object.assign(stream, { text: () => text })
}

describe('ProgressBar', () => {
  it('redraws one line in place and erases it at the end', () => {
    const writes: string[] = []
    const bar = new ProgressBar({ write: (t: string) => writes.push(t), isTTY: true, columns: 60 }, { delayMs: 0, intervalMs: 0 })
    bar.update(1, 4, 'tin/bai-1.txt')
    bar.update(2, 4, 'tin/thu-muc-rat-dai-cua-toa-soan/bai-viet-so-2.txt')
    bar.update(4, 4, 'tin/bai-4.txt')
    bar.clear()
    expect(writes).toEqual([
      '\r\u001b[2Ksoát [██████░░░░░░░░░░░░░░░░░░] 1/4 tin/bai-1.txt',
      '\r\u001b[2Ksoát [████████████░░░░░░░░░░░░] 2/4 …soan/bai-viet-so-2.txt',
      '\r\u001b[2K',
    ])
    expect(writes[1]!.length - '\r\u001b[2K'.length).toBe(59)
  })

  it('waits before its first draw, so a quick batch never shows it', () => {
    let now = 0
    const writes: string[] = []
    const bar = new ProgressBar({ write: (t: string) => writes.push(t) }, { delayMs: 250, intervalMs: 80, now: () => now })
    bar.update(1, 10, 'a.txt')
    now = 300
    bar.update(2, 10, 'b.txt')
    now = 320
    bar.update(3, 10, 'c.txt')
    bar.clear()
    expect(writes.map((w) => w.replace(/^\r\u001b\[2K/, ''))).toEqual(['soát [█████░░░░░░░░░░░░░░░░░░░] 2/10 b.txt', ''])
  })

  it('is drawn on a terminal outside CI only', () => {
    expect(shouldShowProgress({ write: () => true, isTTY: true }, {})).toBe(true)
    expect(shouldShowProgress({ write: () => true, isTTY: false }, {})).toBe(false)
    expect(shouldShowProgress({ write: () => true }, {})).toBe(false)
    expect(shouldShowProgress({ write: () => true, isTTY: true }, { CI: 'true' })).toBe(false)
    expect(shouldShowProgress({ write: () => true, isTTY: true }, { GITLAB_CI: 'true' })).toBe(false)
    expect(shouldShowProgress({ write: () => true, isTTY: true }, { TERM: 'dumb' })).toBe(false)
    expect(isCI({ CI: 'false' })).toBe(false)
    expect(isCI({ CI: '1' })).toBe(true)
  })
})

describe('soat on a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soat-progress-'))
  for (const name of seedNames.slice(0, 3)) copyFileSync(join(seedsDir, name), join(dir, name))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  async function stderrOf(isTTY: boolean, env: NodeJS.ProcessEnv): Promise<{ stderr: string; stdout: string }> {
    const stderr = terminal(isTTY)
    const stdout = terminal(false)
    await main(['.', '--no-config', '-f', 'compact'], { stdin: new PassThrough(), stdout, stderr, cwd: dir, env, progress: { delayMs: 0, intervalMs: 0 } })
    return { stderr: stderr.text(), stdout: stdout.text() }
  }

  it('shows the bar on a terminal and erases it before the report', async () => {
    const { stderr, stdout } = await stderrOf(true, {})
    expect(stderr).toContain(`soát [${'█'.repeat(8)}${'░'.repeat(16)}] 1/3 ${seedNames[0]}`)
    expect(stderr).toContain(`2/3 ${seedNames[1]}`)
    expect(stderr.endsWith('\r\u001b[2K')).toBe(true)
    expect(stdout).not.toContain('soát [')
  })

  it('shows nothing when stderr is piped or in CI', async () => {
    expect((await stderrOf(false, {})).stderr).toBe('')
    expect((await stderrOf(true, { CI: 'true' })).stderr).toBe('')
  })
})

describe('progress of a batch on worker threads', () => {
  it('reports every file once, with the file, as the workers finish them', async () => {
    ensureBuilt()
    expect(canUseWorkers()).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'soat-progress-pool-'))
    try {
      for (const name of seedNames) copyFileSync(join(seedsDir, name), join(dir, name))
      const seen: Array<[number, number, string]> = []
      const results = await new Soat({ cwd: dir, useConfigFiles: false }).lintFiles(['.'], {
        concurrency: 2,
        onProgress: (done, total, file) => void seen.push([done, total, file]),
      })
      expect(results).toHaveLength(seedNames.length)
      expect(seen.map(([done, total]) => `${done}/${total}`)).toEqual(seedNames.map((_, i) => `${i + 1}/${seedNames.length}`))
      expect(seen.map(([, , file]) => file).sort()).toEqual(seedNames.map((n) => join(dir, n)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
