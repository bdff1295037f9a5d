/** The CI recipes in docs/ci/: valid YAML naming the real actions with their real inputs, commands soat accepts, hooks that work. */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseCliArgs } from '../../src/cli/args.js'
import { main } from '../../src/cli/main.js'
import { packageRoot } from '../../src/paths.js'
import { ensureBuilt } from '../support/build.js'
import { makeDocx } from '../support/docx.js'
import { seedName, seedsDir } from '../support/seeds.js'
import { PassThrough } from 'node:stream'

const ci = join(packageRoot, 'docs', 'ci')

/** The soat command lines of a `run:` or `script:` block, without `npx` and `|| true`. */
function soatCommands(script: string): string[][] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx soat '))
    .map((line) => line.replace(/^npx soat /, '').replace(/\s*\|\|\s*true$/, '').split(/\s+/))
}

/** Inputs of github/codeql-action/upload-sarif (upload-sarif/action.yml, v4). */
const UPLOAD_SARIF_INPUTS = ['sarif_file', 'checkout_path', 'ref', 'sha', 'token', 'matrix', 'category', 'wait-for-processing']
/** Inputs of actions/setup-node (action.yml, v7). */
const SETUP_NODE_INPUTS = ['node-version', 'node-version-file', 'architecture', 'check-latest', 'registry-url', 'scope', 'token', 'cache', 'package-manager-cache', 'cache-dependency-path', 'mirror', 'mirror-token']

interface Step {
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  if?: string
  'continue-on-error'?: boolean
}

describe('the GitHub Actions workflow (docs/ci/github-actions.yml)', () => {
  const workflow = parse(readFileSync(join(ci, 'github-actions.yml'), 'utf8')) as {
    name: string
    on: Record<string, unknown>
    permissions: Record<string, string>
    jobs: Record<string, { 'runs-on': string; permissions: Record<string, string>; steps: Step[] }>
  }
  const job = workflow.jobs['soat']!
  const steps = job.steps

  it('runs on pushes and pull requests, with the least permissions code scanning needs', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' })
    expect(job['runs-on']).toBe('ubuntu-latest')
  })

  it('names the real actions: checkout, setup-node and code scanning’s upload-sarif', () => {
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/checkout@v7', 'actions/setup-node@v7', 'github/codeql-action/upload-sarif@v4'])
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!
    expect(Object.keys(setup.with!).every((k) => SETUP_NODE_INPUTS.includes(k))).toBe(true)
    expect(Number(setup.with!['node-version'])).toBeGreaterThanOrEqual(20)
  })

  it('uploads the SARIF file soat writes, even when soat found errors', () => {
    const lint = steps.find((s) => s.run?.includes('--format sarif'))!
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!
    expect(lint['continue-on-error']).toBe(true)
    expect(Object.keys(upload.with!).every((k) => UPLOAD_SARIF_INPUTS.includes(k))).toBe(true)
    const options = parseCliArgs(soatCommands(lint.run!)[0]!)
    expect(options.format).toBe('sarif')
    expect(upload.with!['sarif_file']).toBe(options.outputFile)
    expect(upload.with!['category']).toBe('soat')
    expect(upload.if).toMatch(/^always\(\)/)
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(lint))
  })

  it('annotates the pull request with --format github, and that step fails the job on errors', () => {
    const annotate = steps[steps.length - 1]!
    expect(annotate['continue-on-error']).toBeUndefined()
    const options = parseCliArgs(soatCommands(annotate.run!)[0]!)
    expect(options.format).toBe('github')
    expect(options.patterns).toEqual(['drafts/'])
  })
})

describe('the GitLab job (docs/ci/gitlab-ci.yml)', () => {
  const config = parse(readFileSync(join(ci, 'gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: Record<string, any> }>
  const job = config['soat']!
  const commands = soatCommands(job.script.join('\n')).map(parseCliArgs)

  it('writes the Code Quality report it declares, and keeps the SARIF report', () => {
    const quality = commands.find((c) => c.format === 'gitlab')!
    const sarif = commands.find((c) => c.format === 'sarif')!
    expect(job.artifacts['when']).toBe('always')
    expect(job.artifacts['reports']).toEqual({ codequality: quality.outputFile })
    expect(job.artifacts['paths']).toEqual([quality.outputFile, sarif.outputFile])
    // The last command prints the report and fails the job on errors.
    expect(job.script[job.script.length - 1]).toBe('npx soat drafts/')
  })

  describe('its report', () => {
    const work = mkdtempSync(join(tmpdir(), 'soat-gitlab-'))
    afterAll(() => rmSync(work, { recursive: true, force: true }))

    it('is GitLab Code Quality JSON: check name, description, severity, unique fingerprint, path and line', async () => {
      mkdirSync(join(work, 'drafts'))
      copyFileSync(join(seedsDir, seedName('000')), join(work, 'drafts', 'tin.txt'))
      writeFileSync(join(work, 'drafts', 'bai.docx'), await makeDocx(['Đồng chí {name} phát biểu.']))
      const code = await main(['--format', 'gitlab', '--output-file', 'gl-code-quality-report.json', '--no-config', 'drafts/'], {
        stdin: new PassThrough(),
        stdout: new PassThrough(),
        stderr: new PassThrough(),
        cwd: work,
        env: {},
      })
      expect(code).toBe(1)
      const issues = JSON.parse(readFileSync(join(work, 'gl-code-quality-report.json'), 'utf8')) as Array<Record<string, any>>
      for (const issue of issues) {
        expect(Object.keys(issue).sort()).toEqual(['categories', 'check_name', 'description', 'fingerprint', 'location', 'severity', 'type'])
        expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue['severity'])
        expect(issue['location'].lines.begin).toBeGreaterThanOrEqual(1)
      }
      expect(new Set(issues.map((i) => i['fingerprint'])).size).toBe(issues.length)
      expect(issues.find((i) => i['location'].path === 'drafts/bai.docx')).toMatchObject({
        check_name: 'template-residue',
        severity: 'major',
        description: 'Đoạn 1, ký tự 10 trong văn bản trích từ tệp Word: Còn sót trường mẫu “{name}” chưa được điền.',
        location: { path: 'drafts/bai.docx', lines: { begin: 1, end: 1 } },
      })
      const headline = issues.filter((i) => i['check_name'] === 'duplicate-headline')
      expect(headline.map((i) => i['location'].lines.begin)).toEqual([7, 13, 15, 27, 29, 35, 47, 59, 61])
    })
  })
})

describe('the pre-commit hooks', () => {
  const extensions = ['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.htm', 'f.docx', 'g.text']

  it('publishes a hook for pre-commit that runs soat on drafts only', () => {
    const hooks = parse(readFileSync(join(packageRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, string>>
    expect(hooks.map((h) => [h['id'], h['entry'], h['language']])).toEqual([['soat', 'soat', 'node']])
    const files = new RegExp(hooks[0]!['files']!)
    expect(extensions.filter((f) => files.test(f))).toEqual(extensions)
    expect(['package.json', 'x.docx.bak', 'notes.txt~'].filter((f) => files.test(f))).toEqual([])
  })

  it('gives a .pre-commit-config.yaml that runs the project’s soat on the same files', () => {
    const config = parse(readFileSync(join(ci, 'pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; hooks: Array<Record<string, string>> }> }
    const hook = config.repos[0]!.hooks[0]!
    expect([config.repos[0]!.repo, hook['id'], hook['entry'], hook['language']]).toEqual(['local', 'soat', 'npx --no-install soat', 'system'])
    expect(extensions.filter((f) => new RegExp(hook['files']!).test(f))).toEqual(extensions)
  })

  describe('the plain git hook (docs/ci/pre-commit)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'soat-hook-'))
    beforeAll(() => {
      ensureBuilt()
      const git = (...args: string[]): void => void execFileSync('git', args, { cwd: repo, stdio: 'pipe' })
      git('init', '-q')
      git('config', 'user.email', 'bien-tap@example.invalid')
      git('config', 'user.name', 'Biên tập')
      copyFileSync(join(ci, 'pre-commit'), join(repo, '.git', 'hooks', 'pre-commit'))
    }, 120_000)
    afterAll(() => rmSync(repo, { recursive: true, force: true }))

    const commit = (message: string): { status: number | null; output: string } => {
      const run = spawnSync('git', ['commit', '-q', '-m', message], {
        cwd: repo,
        env: { ...process.env, SOAT: `${process.execPath} ${join(packageRoot, 'bin', 'soat.js')} --no-config`, CI: 'true' },
        encoding: 'utf8',
      })
      return { status: run.status, output: `${run.stdout}${run.stderr}` }
    }
    const stage = (name: string, text: string): void => {
      writeFileSync(join(repo, name), text)
      execFileSync('git', ['add', '--', name], { cwd: repo })
    }

    it('lets a clean draft and a non-draft file through', () => {
      stage('ghi chu.txt', 'Chiều 4-1, Thành ủy tổ chức hội nghị tổng kết công tác năm 2021.\n')
      stage('package.json', '{}\n')
      expect(commit('Bản thảo sạch').status).toBe(0)
    })

    it('stops a commit whose staged draft has an error, and says why', () => {
      stage('tin moi.md', '# Tin mới\n\nĐồng chí {name} phát biểu tại hội nghị.\n')
      const { status, output } = commit('Bản thảo còn trường mẫu')
      expect(status).not.toBe(0)
      expect(output).toContain('tin moi.md')
      expect(output).toContain('Còn sót trường mẫu “{name}” chưa được điền.')
    })
  })
})
