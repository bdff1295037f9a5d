/** `soat lsp` and `soat serve`: the editor surfaces (language server, web page). */
import type { CliIo } from './main.js'

/** Run a subcommand; resolves to the exit code. */
export async function runSubcommand(name: 'lsp' | 'serve', _argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write(`soat ${name}: not available in this build yet.\n`)
  return 2
}
