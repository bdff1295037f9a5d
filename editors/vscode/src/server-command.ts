/**
 * Which soat command the extension starts: the `soat.path` setting, else the
 * workspace's own install (node_modules/.bin/soat, the version the project
 * pins), else `soat` on the PATH. Kept apart from the `vscode` API so it can
 * be tested without VS Code.
 */
import { existsSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'

/** How to start the language server. */
export interface ServerCommand {
  command: string
  args: string[]
  /** Windows runs npm's .cmd shims through the shell. */
  shell: boolean
}

/** The command for `setting` (may be empty) in `workspaceFolders`. */
export function serverCommand(setting: string, workspaceFolders: readonly string[], platform: NodeJS.Platform = process.platform): ServerCommand {
  const windows = platform === 'win32'
  const bin = windows ? 'soat.cmd' : 'soat'
  let command = bin
  if (setting.trim() !== '') {
    const given = setting.trim()
    // A bare name is looked up on the PATH; a relative path is taken from the first workspace folder.
    const relativePath = !isAbsolute(given) && /[\\/]/u.test(given)
    command = relativePath && workspaceFolders[0] ? join(workspaceFolders[0], given) : given
  } else {
    for (const folder of workspaceFolders) {
      const local = join(folder, 'node_modules', '.bin', bin)
      if (existsSync(local)) {
        command = local
        break
      }
    }
  }
  return { command, args: ['lsp', '--stdio'], shell: windows && /\.(cmd|bat)$/iu.test(command) }
}
