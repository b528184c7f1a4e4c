import { createInterface } from 'node:readline'

/** Asks for a password on the terminal without echoing it. */
export function promptPassword(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const output = rl as unknown as { _writeToOutput: (text: string) => void }
    let asked = false
    output._writeToOutput = (text: string) => {
      // The question shows; what is typed does not.
      if (!asked) process.stdout.write(text)
      else if (text.includes('\n')) process.stdout.write('\n')
    }
    rl.question(question, (answer) => {
      rl.close()
      resolve(answer)
    })
    asked = true
    rl.on('SIGINT', () => {
      rl.close()
      reject(Object.assign(new Error('Cancelled: no account was made.'), { name: 'UsageError' }))
    })
  })
}
