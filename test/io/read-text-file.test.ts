import { describe, expect, it } from 'vitest'
import { decodeText, encodeText, readTextFile } from '../../src/io/read-text-file.js'
import { SoatError } from '../../src/errors.js'
import { tempDir } from '../support/temp-dir.js'
import { join } from 'node:path'

const text = 'Đồng chí Bí thư\r\nphát biểu.'

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, and encodes them back byte for byte', () => {
    const cases = [
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ]
    for (const bytes of cases) {
      const decoded = decodeText(bytes, 'x.txt')
      expect(decoded.text).toBe(text)
      expect(encodeText(decoded.text, decoded).equals(bytes)).toBe(true)
    }
  })
  it('refuses binary data, naming the file', () => {
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'anh.png')).toThrow('anh.png is a binary file')
  })
  it('refuses invalid UTF-8 with the offset of the bad byte and a hint about legacy encodings', () => {
    // “Thành ủy” in Windows-1258-ish bytes.
    const bytes = Buffer.from([0x54, 0x68, 0xe0, 0x6e, 0x68, 0x20, 0xf2, 0x79])
    try {
      decodeText(bytes, 'cu.txt')
      throw new Error('no error')
    } catch (error) {
      expect(error).toBeInstanceOf(SoatError)
      expect((error as SoatError).message).toContain('cu.txt is not valid UTF-8 (bad byte at offset 2)')
      expect((error as SoatError).format('vi')).toContain('TCVN3')
    }
  })
  it('reads an empty file as empty text', () => {
    expect(decodeText(Buffer.alloc(0), 'rong.txt').text).toBe('')
  })
})

describe('readTextFile', () => {
  const root = tempDir({ 'lon.txt': 'a'.repeat(2000), 'nho.txt': 'xin chào' })
  it('refuses a file over the size limit, naming the file, its size and the limit', async () => {
    await expect(readTextFile(join(root, 'lon.txt'), 1000)).rejects.toThrow(/lon.txt is too large \(2000 bytes, limit 1000 bytes\)/)
    expect((await readTextFile(join(root, 'nho.txt'), 1000)).text).toBe('xin chào')
  })
  it('names a missing file', async () => {
    await expect(readTextFile(join(root, 'khong-co.txt'), 1000)).rejects.toThrow(/khong-co.txt does not exist/)
  })
})
