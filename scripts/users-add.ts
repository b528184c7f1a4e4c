/**
 * `npm run users:add -- --email E --role admin|editor|reader [--password-file F] [--name N]`
 *
 * Makes an account (nobody signs up on the site): the first admin, and any editor or
 * reader. The password comes from a prompt, or from a file for scripts (its first line).
 * Works while the app runs on PGlite: the app makes the account (lib/admin).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { runAdmin } from '../lib/admin/client'
import { promptPassword } from './prompt-password'
import { report, sayOnly, UsageError } from './store-cli'

const USAGE =
  'usage: npm run users:add -- --email EMAIL --role admin|editor|reader [--password-file FILE] [--name NAME]'

async function password(file: string | undefined): Promise<string> {
  if (file !== undefined) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      throw new UsageError(`Cannot read the password file ${file}.`)
    }
    return text.split(/\r?\n/)[0] ?? ''
  }
  if (!process.stdin.isTTY)
    throw new UsageError(
      `${USAGE}\n(no terminal to ask for the password in: give it with --password-file FILE)`,
    )
  const first = await promptPassword('Password: ')
  const again = await promptPassword('Password again: ')
  if (first !== again) throw new UsageError('The two passwords differ. No account was made.')
  return first
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      'password-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return void process.stdout.write(`${USAGE}\n`)
  if (!values.email || !values.role) throw new UsageError(`${USAGE}\n(--email and --role are both needed)`)
  const secret = await password(values['password-file'])
  await runAdmin(
    'users:add',
    { email: values.email, role: values.role, name: values.name, password: secret },
    sayOnly,
  )
}

main().catch(report)
