// An SMTP server that writes one line per mail received, "recipient<TAB>subject<TAB>
// Message-ID", to a file: the resilience run counts them. Usage: node bench/smtp-sink.mjs PORT FILE
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/browser/package.json', import.meta.url));
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');
const [port, file] = process.argv.slice(2);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, done) {
    simpleParser(stream)
      .then((mail) => {
        for (const to of session.envelope.rcptTo) appendFileSync(file, `${to.address}\t${mail.subject}\t${mail.messageId}\n`);
        done();
      })
      .catch(done);
  },
});
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
