/** Writes a fixed file atomically (temp file, then rename), keeping its encoding, BOM and mode. */
import writeFileAtomic from 'write-file-atomic'
import { SoatError } from '../errors.js'
import { encodeText, type TextEncoding } from './read-text-file.js'

/** Replace `file` with `text` in `encoding`, atomically. */
export async function writeTextFile(file: string, text: string, encoding: TextEncoding, label: string = file): Promise<void> {
  try {
    await writeFileAtomic(file, encodeText(text, encoding))
  } catch (error) {
    throw new SoatError('writeFailed', { file: label, detail: (error as Error).message })
  }
}
