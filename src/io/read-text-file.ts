/**
 * Reads an input file as text: UTF-8 with or without BOM, UTF-16 with BOM.
 * Binary files, invalid UTF-8 (often a legacy TCVN3/VNI/Windows-1258 file)
 * and files over the size limit are refused with an error naming the file and
 * the cause. The decoded text is kept exactly: every reported offset points
 * into it.
 */
import { readFile, stat } from 'node:fs/promises'
import { SoatError } from '../errors.js'

/** How a file was encoded, so a fix writes it back the same way. */
export interface TextEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  bom: boolean
}

/** A decoded input file. */
export interface TextFile extends TextEncoding {
  text: string
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 8 || (b > 13 && b < 27)) control++
  }
  return n > 0 && control / n > 0.1
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    if (b < 0x80) need = 0
    else if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) need = 2
    else if (b >= 0xf0 && b <= 0xf4) need = 3
    else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return -1
}

/** Decode bytes; `file` names the source in errors. */
export function decodeText(bytes: Uint8Array, file: string): TextFile {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true }
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  if (looksBinary(body)) throw new SoatError('fileBinary', { file })
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom }
  } catch {
    const offset = firstInvalidUtf8(body) + (bom ? 3 : 0)
    let high = 0
    for (const b of body) if (b >= 0x80) high++
    const hint = high > 0 ? ' — có thể là bảng mã cũ TCVN3 (ABC), VNI hoặc Windows-1258 / perhaps a legacy TCVN3 (ABC), VNI or Windows-1258 file' : ''
    throw new SoatError('fileInvalidUtf8', { file, offset, hint })
  }
}

/** Encode text back with the file's original encoding and BOM. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8')
    return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
  }
  const le = Buffer.from(text, 'utf16le')
  if (encoding.encoding === 'utf-16le') return encoding.bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le
  const be = Buffer.from(le)
  be.swap16()
  return encoding.bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), be]) : be
}

/** Read `file`'s bytes, refusing files larger than `maxFileSize` bytes; `label` names it in errors. */
export async function readFileBytes(file: string, maxFileSize: number, label: string = file): Promise<Buffer> {
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    size = info.size
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw new SoatError('fileNotFound', { file: label })
    throw new SoatError('fileUnreadable', { file: label, detail: err.message })
  }
  if (size > maxFileSize) throw new SoatError('fileTooLarge', { file: label, size, limit: maxFileSize })
  try {
    return await readFile(file)
  } catch (error) {
    throw new SoatError('fileUnreadable', { file: label, detail: (error as Error).message })
  }
}

/** Read and decode `file`, refusing files larger than `maxFileSize` bytes; `label` names it in errors. */
export async function readTextFile(file: string, maxFileSize: number, label: string = file): Promise<TextFile> {
  return decodeText(await readFileBytes(file, maxFileSize, label), label)
}
