/** String formats used by soát's schemas beyond ajv-formats: `regex-u`, a regular expression valid with the u flag. */

/** A regular-expression source that compiles with the `u` flag (as data-file patterns are used). */
export const regexU = {
  type: 'string' as const,
  validate(source: string): boolean {
    try {
      new RegExp(source, 'u')
      return true
    } catch {
      return false
    }
  },
}
