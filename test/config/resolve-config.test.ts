import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Soat } from '../../src/api.js'
import { SoatError } from '../../src/errors.js'
import { tempDir } from '../support/temp-dir.js'

const lead = 'Chiều 4-1, Thành ủy đã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021 và triển khai nhiệm vụ năm 2022.'

describe('configuration lookup', () => {
  const root = tempDir({
    'soat.config.json': JSON.stringify({ rules: { 'template-residue': 'warning' } }),
    'tin/a.txt': `${lead}\n{name}\n`,
    'tin/cu/.soatrc.json': JSON.stringify({ extends: ['soat:recommended'], rules: { 'template-residue': 'off' }, locale: 'en' }),
    'tin/cu/b.txt': `${lead}\n{name}\n`,
    'hai/soat.config.json': '{}',
    'hai/.soatrc.json': '{}',
    'hai/c.txt': 'x',
  })

  it('uses the nearest configuration file above each file', async () => {
    const soat = new Soat({ cwd: root })
    const [a, b] = await soat.lintFiles(['tin/a.txt', 'tin/cu/b.txt'])
    expect(a!.findings.map((f) => [f.ruleId, f.level])).toEqual([['template-residue', 'warning']])
    expect(b!.findings).toEqual([])
    expect((await soat.configFor(join(root, 'tin/cu/b.txt'))).locale).toBe('en')
  })

  it('refuses two configuration files in one folder', async () => {
    const soat = new Soat({ cwd: root })
    await expect(soat.lintFiles(['hai/c.txt'])).rejects.toThrow(/both soat.config.json and .soatrc.json/)
  })

  it('ignores configuration files with --no-config and uses one given with --config', async () => {
    const none = new Soat({ cwd: root, useConfigFiles: false })
    expect((await none.lintFiles(['tin/a.txt']))[0]!.findings.map((f) => f.level)).toEqual(['error'])
    const given = new Soat({ cwd: root, configFile: 'tin/cu/.soatrc.json' })
    expect((await given.lintFiles(['tin/a.txt']))[0]!.findings).toEqual([])
  })
})

describe('configuration errors name the file, the JSON path and what was expected', () => {
  const root = tempDir({
    'level/soat.config.json': JSON.stringify({ rules: { 'template-residue': 'loud' } }),
    'level/a.txt': 'x',
    'typo/soat.config.json': JSON.stringify({ rules: { 'duplicate-headlines': 'error' } }),
    'typo/a.txt': 'x',
    'option/soat.config.json': JSON.stringify({ rules: { 'duplicate-paragraph': ['error', { minWord: 3 }] } }),
    'option/a.txt': 'x',
    'json/soat.config.json': '{ "rules": ',
    'json/a.txt': 'x',
    'key/soat.config.json': JSON.stringify({ rule: {} }),
    'key/a.txt': 'x',
  })

  async function error(dir: string): Promise<SoatError> {
    try {
      await new Soat({ cwd: root }).lintFiles([`${dir}/a.txt`])
    } catch (e) {
      return e as SoatError
    }
    throw new Error('no error')
  }

  it('a bad level', async () => {
    const e = await error('level')
    expect(e.message).toContain(join(root, 'level/soat.config.json'))
    expect(e.message).toContain('/rules/template-residue')
    expect(e.format('vi')).toContain('không hợp lệ')
  })
  it('an unknown rule, with a suggestion', async () => {
    const e = await error('typo')
    expect(e.message).toContain('/rules: has an unknown key “duplicate-headlines” Did you mean “duplicate-headline”?')
    const cli = new Soat({ cwd: root, useConfigFiles: false, rules: { 'template-residu': 'off' } })
    const thrown = await cli.lintFiles(['typo/a.txt']).catch((e: SoatError) => e)
    expect((thrown as SoatError).message).toBe('There is no rule “template-residu” (--rule). Did you mean “template-residue”?')
    expect((thrown as SoatError).format('vi')).toBe('Quy tắc “template-residu” không tồn tại (--rule). Có phải “template-residue”?')
  })
  it('an unknown option, naming the rule and the option', async () => {
    const e = await error('option')
    expect(e.code).toBe('configInvalid')
    expect(e.message).toMatch(/rules\/duplicate-paragraph\/1.*unknown key “minWord”/)
  })
  it('broken JSON', async () => {
    expect((await error('json')).code).toBe('configJson')
  })
  it('an unknown top-level key', async () => {
    expect((await error('key')).message).toContain('unknown key “rule”')
  })
})

describe('extends, overrides, ignorePatterns and the command line', () => {
  const root = tempDir({
    'base.json': JSON.stringify({ extends: [], rules: { 'template-residue': ['note'] } }),
    'soat.config.json': JSON.stringify({
      extends: ['./base.json'],
      overrides: [{ files: ['ban-nhap/**'], rules: { 'template-residue': 'off' } }],
      ignorePatterns: ['cu/**'],
    }),
    'a.txt': `${lead}\n{name}\n`,
    'ban-nhap/b.txt': `${lead}\n{name}\n`,
    'cu/c.txt': `${lead}\n{name}\n`,
    '.soatignore': 'rac.txt\n',
    'rac.txt': '{name}',
  })

  it('extends a file without the recommended preset, applies overrides by glob and ignores patterns', async () => {
    const soat = new Soat({ cwd: root })
    const results = await soat.lintFiles(['.'])
    expect(results.map((r) => [r.filePath!.slice(root.length + 1), r.findings.map((f) => `${f.ruleId}:${f.level}`)])).toEqual([
      ['a.txt', ['template-residue:note']],
      ['ban-nhap/b.txt', []],
    ])
    const config = await soat.configFor(join(root, 'a.txt'))
    expect(Object.keys(config.rules)).toEqual(['template-residue'])
  })

  it('warns when a file named on the command line is ignored', async () => {
    const [result] = await new Soat({ cwd: root }).lintFiles(['rac.txt'])
    expect(result!.notifications.map((n) => n.message)).toEqual(['rac.txt bị bỏ qua theo .soatignore hoặc "ignorePatterns".'])
  })

  it('applies --rule last', async () => {
    const soat = new Soat({ cwd: root, rules: { 'template-residue': 'error', 'duplicate-headline': 'warning' } })
    const config = await soat.configFor(join(root, 'ban-nhap/b.txt'))
    expect(config.rules['template-residue']!.level).toBe('error')
    expect(config.rules['duplicate-headline']!.level).toBe('warning')
  })
})

describe('house rules and plugins', () => {
  const root = tempDir({
    'soat.config.json': JSON.stringify({
      plugins: ['./plugin.mjs'],
      house: {
        'house/tranh-tu': { kind: 'existence', phrases: ['nhằm mục đích'], message: { vi: 'Tránh “{phrase}”.', en: 'Avoid “{phrase}”.' }, level: 'note' },
        'house/cach-viet': { kind: 'substitution', swap: { 'Covid-19': 'COVID-19', 'thành phố Hồ Chí Minh': 'Thành phố Hồ Chí Minh' }, caseSensitive: true },
      },
      rules: { 'local/no-xin-chao': 'error' },
    }),
    'plugin.mjs': `export default { meta: { name: 'local' }, rules: { 'no-xin-chao': {
      meta: { id: 'no-xin-chao', category: 'house', level: 'warning', fixable: false,
        description: { vi: 'Không chào.', en: 'No greeting.' }, messages: { hi: { vi: 'Đừng chào.', en: 'No greeting.' } } },
      create(context) { return { word(w) { if (w.lower === 'chào') context.report({ messageId: 'hi', node: w }) } } } } } }`,
    'a.txt': 'Xin chào, hội nghị nhằm mục đích phòng chống dịch Covid-19 tại thành phố Hồ Chí Minh.\n',
  })

  it('runs existence and substitution rules from the configuration and rules from a local plugin', async () => {
    const soat = new Soat({ cwd: root, fix: true })
    const [result] = await soat.lintFiles(['a.txt'])
    expect(result!.output).toBe('Xin chào, hội nghị nhằm mục đích phòng chống dịch COVID-19 tại Thành phố Hồ Chí Minh.\n')
    expect(result!.findings.map((f) => [f.ruleId, f.level, f.message])).toEqual([
      ['local/no-xin-chao', 'error', 'Đừng chào.'],
      ['house/tranh-tu', 'note', 'Tránh “nhằm mục đích”.'],
    ])
    const ids = (await soat.ruleDescriptors([join(root, 'a.txt')])).map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining(['house/cach-viet', 'house/tranh-tu', 'local/no-xin-chao', 'duplicate-headline']))
  })

  it('validates house rules with the schema', async () => {
    const bad = tempDir({ 'soat.config.json': JSON.stringify({ house: { 'house/x': { kind: 'existence' } } }), 'a.txt': 'x' })
    await expect(new Soat({ cwd: bad }).lintFiles(['a.txt'])).rejects.toThrow(/house\/house~1x/)
  })
})

describe('plugins from npm packages', () => {
  const root = tempDir({
    'soat.config.json': JSON.stringify({ plugins: ['soat-plugin-toa-soan', '@bao/soat-plugin'], rules: { '@bao/chao': 'note', 'toa-soan/khong-chao': 'error' } }),
    'node_modules/soat-plugin-toa-soan/package.json': JSON.stringify({ name: 'soat-plugin-toa-soan', type: 'module', exports: { '.': { import: './index.js' } } }),
    'node_modules/soat-plugin-toa-soan/index.js': `export default { rules: { 'khong-chao': { meta: { id: 'x', category: 'house', level: 'error', fixable: false,
      description: { vi: 'x', en: 'x' }, messages: { m: { vi: 'Không chào.', en: 'No greeting.' } } },
      create(context) { return { word(w) { if (w.lower === 'chào') context.report({ messageId: 'm', node: w }) } } } } } }`,
    'node_modules/@bao/soat-plugin/package.json': JSON.stringify({ name: '@bao/soat-plugin', main: 'index.cjs' }),
    'node_modules/@bao/soat-plugin/index.cjs': `module.exports = { rules: { chao: { meta: { id: 'y', category: 'house', level: 'warning', fixable: false,
      description: { vi: 'y', en: 'y' }, messages: { m: { vi: 'Lời chào.', en: 'A greeting.' } } },
      create(context) { return { word(w) { if (w.lower === 'chào') context.report({ messageId: 'm', node: w }) } } } } } }`,
    'a.txt': 'Xin chào.\n',
  })

  it('loads rules as <prefix>/<name>, from ESM and CommonJS packages', async () => {
    const [result] = await new Soat({ cwd: root }).lintFiles(['a.txt'])
    expect(result!.findings.map((f) => [f.ruleId, f.level, f.message])).toEqual([
      ['@bao/chao', 'note', 'Lời chào.'],
      ['toa-soan/khong-chao', 'error', 'Không chào.'],
    ])
  })

  it('names a plugin that cannot be found', async () => {
    const bad = tempDir({ 'soat.config.json': JSON.stringify({ plugins: ['soat-plugin-khong-co'] }), 'a.txt': 'x' })
    await expect(new Soat({ cwd: bad }).lintFiles(['a.txt'])).rejects.toThrow(/Cannot load plugin “soat-plugin-khong-co”/)
  })
})
