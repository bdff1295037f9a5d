/**
 * A progress bar on stderr while a batch of files is linted: only when stderr
 * is a terminal and the run is not in CI, only for more than one file, and
 * only once the batch has taken a moment, so quick runs never flash it. It
 * redraws one line in place and erases it when done, leaving the report alone.
 */

/** Where the bar is drawn. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

/** Whether the environment is a CI service (the `CI` variable most services set, and the common others). */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  const ci = env['CI']
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return true
  return ['GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'TF_BUILD', 'JENKINS_URL', 'TEAMCITY_VERSION', 'CIRCLECI', 'TRAVIS'].some((name) => env[name])
}

/** Whether to draw a progress bar on `stream`. */
export function shouldShowProgress(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !isCI(env) && env['TERM'] !== 'dumb'
}

/** Options of the bar (tests set the clock and the delay). */
export interface ProgressOptions {
  /** Milliseconds before the first draw (default 250). */
  delayMs?: number
  /** Milliseconds between two draws (default 80). */
  intervalMs?: number
  now?: () => number
}

const BAR_WIDTH = 24

/** A one-line progress bar. */
export class ProgressBar {
  private readonly started: number
  private lastDraw = -Infinity
  private drawn = false
  private readonly delayMs: number
  private readonly intervalMs: number
  private readonly now: () => number

  constructor(
    private readonly stream: ProgressStream,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now
    this.delayMs = options.delayMs ?? 250
    this.intervalMs = options.intervalMs ?? 80
    this.started = this.now()
  }

  /** `done` of `total` files are linted, the last being `label`. */
  update(done: number, total: number, label: string): void {
    if (total < 2 || done >= total) return
    const now = this.now()
    if (now - this.started < this.delayMs || now - this.lastDraw < this.intervalMs) return
    this.lastDraw = now
    this.drawn = true
    const filled = Math.round((done / total) * BAR_WIDTH)
    const head = `soát [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `
    const room = Math.max(0, (this.stream.columns ?? 80) - 1 - head.length)
    const tail = label.length > room ? `…${label.slice(label.length - room + 1)}` : label
    this.stream.write(`\r\u001b[2K${head}${room > 0 ? tail : ''}`)
  }

  /** Erase the bar, if it was drawn. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K')
    this.drawn = false
  }
}
