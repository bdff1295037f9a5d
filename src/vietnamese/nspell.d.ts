/** The part of nspell's API soát uses (the package ships no types). */
declare module 'nspell' {
  interface NSpell {
    /** Words of the loaded dictionaries, as keys. */
    readonly data: Record<string, unknown>
    correct(word: string): boolean
    suggest(word: string): string[]
  }
  export default function nspell(dictionary: { aff: Uint8Array; dic: Uint8Array }): NSpell
}
