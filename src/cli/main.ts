// Every sub-command imports its code when it runs (`await import(…)` in its case), so that
// `wijknet --help` or `wijknet analyse` does not first load the server, the database drivers and
// every module. Keep it that way: no static imports here beyond node:, the config and types.
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../core/config.js';
import type { Deps } from '../modules/common/deps.js';

const HELP = `wijknet — samenwerken in wijknetwerken

Gebruik: wijknet <opdracht> [opties]

Opdrachten:
  start [--demo] [--workers <n>]    Start Wijknet (met --demo eerst het voorbeeldnetwerk laden;
                                    met --workers n processen die dezelfde poort delen, alleen op PostgreSQL)
  migrate                           Werk de database bij naar de nieuwste versie
  demo                              Laad het voorbeeldnetwerk
  admin create --email <adres>      Maak een beheerder (of maak een bestaande gebruiker beheerder)
  admin researcher --email <adres>  Maak iemand onderzoeker: ziet netwerken die meedoen aan onderzoek, zonder namen
  token create --email <adres> [--name <naam>]
                                    Maak een API-sleutel voor een gebruiker (wordt één keer getoond)
  analyse --actors <csv> --relations <csv> [--json]
                                    Netwerkanalyse van twee CSV-bestanden, zonder server of database
  scan score --definition <json> --answers <csv> [--json]
                                    Uitkomst van een samenwerkingsscan uit een CSV-bestand, zonder server
  effects <model.json> [--json] [--monte-carlo <n> [--seed <s>]]
                                    Effectberekening (SROI/MKBA) van een modelbestand, zonder server of database
  reminders                         Verstuur nu de herinneringen (acties en evaluaties); de server doet dit elk uur
  mail status                       Hoeveel mail wacht, verstuurd of mislukt is (zonder adressen of inhoud)
  backup <bestand>                  Maak een back-up van de SQLite-database (ook terwijl Wijknet draait)
  restore <bestand>                 Zet een back-up terug (alleen als Wijknet gestopt is)
  export <netwerk-id> <bestand>     Bewaar een netwerk als JSON-bestand
  import <bestand>                  Lees een netwerk in uit zo'n JSON-bestand
  --help                            Deze hulp

De instellingen staan in omgevingsvariabelen; zie README.md.
`;

export async function withDeps<T>(config: Config, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const [{ migrate, openDatabase, sqliteFileFor }, { LiveHub }, { createMailer }, outbox, { createWorkerPool }] =
    await Promise.all([
      import('../db/index.js'),
      import('../server/live.js'),
      import('../server/mail.js'),
      import('../jobs/mail-outbox.js'),
      import('../server/worker-pool.js'),
    ]);
  const database = await openDatabase({ url: config.databaseUrl ?? sqliteFileFor(config.dataDir) });
  // Workers start only when a command gives them work.
  const pool = createWorkerPool({
    size: config.workerThreads,
    queueLimit: config.workerQueue,
    timeoutMs: config.workerTimeoutMs,
  });
  try {
    await migrate(database);
    const live = new LiveHub(database);
    const log = {
      info() {},
      warn() {},
      error() {},
      debug() {},
      fatal() {},
      trace() {},
      child() {
        return log;
      },
      level: 'silent',
      silent() {},
    } as unknown as Deps['log'];
    return await fn({
      config,
      database,
      db: database.db,
      dialect: database.dialect,
      live,
      // Mail from a command waits in the outbox like the server's, under the same policy (opt-out
      // link, suppression list): one attempt now, and what fails stays queued for the server.
      mailer: outbox.withMailPolicy(database.db, config.publicUrl, outbox.createMailQueue(database.db)),
      log,
      pool,
    }).then(async (result) => {
      await outbox.deliverDueMail({ db: database.db, log }, { transport: createMailer(config) });
      return result;
    });
  } finally {
    await pool.close();
    await database.close();
  }
}

async function runDemo(deps: Deps): Promise<string> {
  const { loadDemo } = await import('./demo.js');
  return loadDemo(deps);
}

function requireOption(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`Geef --${name} op. Zie: wijknet --help`);
  return value;
}

class UsageError extends Error {}

const MAX_WORKERS = 64;

function parseWorkers(value: string | undefined, config: Config): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WORKERS) {
    throw new UsageError(`--workers moet een heel getal van 1 tot en met ${MAX_WORKERS} zijn, niet "${value}".`);
  }
  if (n > 1 && !config.databaseUrl) {
    throw new UsageError(
      'Meerdere werkprocessen (--workers) kan alleen met PostgreSQL (DATABASE_URL). ' +
        'Een SQLite-bestand hoort bij één proces: start zonder --workers, of zie docs/OPERATIONS.md.',
    );
  }
  return n;
}

/**
 * `wijknet start --workers N` on PostgreSQL: this primary migrates once (and loads the demo),
 * then forks N workers that run the server below and restarts one that dies (src/server/cluster.ts).
 */
async function startPrimary(config: Config, demo: boolean, workers: number): Promise<number> {
  await withDeps(config, async (deps) => {
    if (demo) process.stdout.write(`${await runDemo(deps)}\n`);
  });
  const { superviseWorkers } = await import('../server/cluster.js');
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === workers) {
      process.stdout.write(`Wijknet draait op ${config.publicUrl} (database: PostgreSQL, ${workers} werkprocessen)\n`);
    }
  });
  const code = await superviseWorkers(workers, {
    info: (msg) => void process.stderr.write(`${msg}\n`),
    warn: (msg) => void process.stderr.write(`${msg}\n`),
  });
  process.exit(code);
}

async function start(config: Config, demo: boolean, workers: number | undefined): Promise<number> {
  // A worker of `--workers N`: the primary already migrated and loaded the demo.
  if (cluster.isWorker) demo = false;
  else if (workers !== undefined && config.databaseUrl) return startPrimary(config, demo, workers);
  if (demo) await withDeps(config, (deps) => runDemo(deps).then((msg) => void process.stdout.write(`${msg}\n`)));
  const [{ buildApp }, { sqliteFileFor }] = await Promise.all([import('../server/app.js'), import('../db/index.js')]);
  const { app } = await buildApp(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // In-flight requests finish, live streams get a retry hint, then the database closes.
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // Errors nobody caught: log and keep serving, or close and exit 1 for the supervisor (see
  // src/server/process-guard.ts and docs/OPERATIONS.md).
  const { processGuards } = await import('../server/process-guard.js');
  const guards = processGuards({ log: app.log, close: () => app.close(), exit: (code) => process.exit(code) });
  process.on('unhandledRejection', guards.onUnhandledRejection);
  process.on('uncaughtException', guards.onUncaughtException);
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isWorker) return new Promise<number>(() => undefined);
  process.stdout.write(
    `Wijknet draait op ${config.publicUrl} (database: ${config.databaseUrl ? 'PostgreSQL' : sqliteFileFor(config.dataDir)})\n`,
  );
  return new Promise<number>(() => undefined);
}

export async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command ? 0 : 1;
    }
    if (command === 'analyse') {
      const { analyseCommand } = await import('./analyse.js');
      return await analyseCommand(argv.slice(1), io);
    }
    if (command === 'scan') return await (await import('./scan.js')).scanCommand(argv.slice(1), io);
    if (command === 'effects') return await (await import('./effects.js')).effectsCommand(argv.slice(1), io);
    const config = loadConfig();
    switch (command) {
      case 'start':
      case '--demo': {
        const { values } = parseArgs({
          args: argv.slice(1),
          options: { demo: { type: 'boolean' }, workers: { type: 'string' } },
        });
        const workers = parseWorkers(values.workers, config);
        return await start(config, command === '--demo' || Boolean(values.demo), workers);
      }
      case 'migrate':
        return await withDeps(config, async (deps) => {
          const { migrate } = await import('../db/index.js');
          const done = await migrate(deps.database);
          io.stdout(done.length ? `Bijgewerkt: ${done.join(', ')}\n` : 'De database is al bijgewerkt.\n');
          return 0;
        });
      case 'demo':
        return await withDeps(config, async (deps) => {
          io.stdout(`${await runDemo(deps)}\n`);
          return 0;
        });
      case 'mail': {
        if (sub !== 'status') throw new UsageError('Gebruik: wijknet mail status');
        const { mailStatusReport } = await import('./mail.js');
        return await withDeps(config, async (deps) => {
          io.stdout(await mailStatusReport(deps.db));
          return 0;
        });
      }
      case 'admin': {
        if (sub !== 'create' && sub !== 'researcher') {
          throw new UsageError(
            'Gebruik: wijknet admin create --email <adres>  of  wijknet admin researcher --email <adres>',
          );
        }
        const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } } });
        const email = requireOption(values.email, 'email').trim().toLowerCase();
        const { createAuthService } = await import('../modules/auth/service.js');
        if (sub === 'researcher') {
          const { createServices } = await import('../server/modules.js');
          return await withDeps(config, async (deps) => {
            const user = await createAuthService(deps).ensureUser(email);
            await createServices(deps).research.makeResearcher(user.id);
            io.stdout(
              `${email} is onderzoeker. Log in op ${config.publicUrl} met dit adres en ga naar ${config.publicUrl}/onderzoek.\n` +
                'Een onderzoeker ziet alleen netwerken die meedoen aan onderzoek, zonder namen, en geen pagina van een netwerk zelf.\n',
            );
            return 0;
          });
        }
        return await withDeps(config, async (deps) => {
          await createAuthService(deps).ensureUser(email, { admin: true });
          io.stdout(`${email} is beheerder. Log in op ${config.publicUrl} met dit adres.\n`);
          return 0;
        });
      }
      case 'token': {
        if (sub !== 'create') throw new UsageError('Gebruik: wijknet token create --email <adres> [--name <naam>]');
        const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' } } });
        const email = requireOption(values.email, 'email').trim().toLowerCase();
        const { createAuthService } = await import('../modules/auth/service.js');
        return await withDeps(config, async (deps) => {
          const auth = createAuthService(deps);
          const user = await auth.ensureUser(email);
          const token = await auth.createToken(user.id, values.name ?? 'Opdrachtregel');
          io.stderr(`API-sleutel voor ${email} (bewaar hem goed, hij wordt maar één keer getoond):\n`);
          io.stdout(`${token.token}\n`);
          return 0;
        });
      }
      case 'reminders': {
        const { sendDueReminders } = await import('../jobs/reminders.js');
        return await withDeps(config, async (deps) => {
          const { sent } = await sendDueReminders(deps);
          io.stdout(
            sent
              ? `${sent === 1 ? '1 herinnering' : `${sent} herinneringen`} in de mail-wachtrij gezet; zie wijknet mail status.\n`
              : 'Geen herinneringen te versturen.\n',
          );
          return 0;
        });
      }
      case 'backup': {
        const { backupCommand } = await import('./backup.js');
        return await backupCommand(config, sub, io);
      }
      case 'restore': {
        const { restoreCommand } = await import('./backup.js');
        return await restoreCommand(config, sub, io);
      }
      case 'import': {
        const { importCommand } = await import('./import.js');
        return await withDeps(config, (deps) => importCommand(deps, sub, io));
      }
      case 'export': {
        const { exportCommand } = await import('./import.js');
        return await withDeps(config, (deps) => exportCommand(deps, sub, rest[0], io));
      }
      default:
        throw new UsageError(`Onbekende opdracht: ${command}. Zie: wijknet --help`);
    }
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
