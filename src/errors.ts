/** The error type for problems the user must fix (configuration, input files), with messages in vi and en. */
import { interpolate } from './engine/messages.js'
import type { Locale } from './engine/types.js'
import { FATAL_MESSAGES, type FatalCode } from './i18n/fatal-messages.js'

/** A problem the user must fix; the CLI prints it and exits with 2. */
export class SoatError extends Error {
  constructor(
    readonly code: FatalCode,
    readonly data: Record<string, string | number> = {},
  ) {
    super(interpolate(FATAL_MESSAGES[code].en, data))
    this.name = 'SoatError'
  }

  /** The message in `locale`. */
  format(locale: Locale): string {
    return interpolate(FATAL_MESSAGES[code(this)][locale], this.data)
  }
}

function code(error: SoatError): FatalCode {
  return error.code
}

/** Render any error for a user: a SoatError in its locale, anything else by its message. */
export function describeError(error: unknown, locale: Locale): string {
  if (error instanceof SoatError) return error.format(locale)
  if (error instanceof Error) return error.message
  return String(error)
}
