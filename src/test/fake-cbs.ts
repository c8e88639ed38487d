/**
 * A stand-in for CBS open data (OData v3) that every test app fetches from by default, so the
 * route table's valid request for "fetch from CBS" succeeds without the internet. It knows one
 * table, 85984NED (2024; newer tables answer 404 as before CBS publishes them), and answers
 * every asked region code with made-up figures. Started once per test process, never keeping it
 * alive. Tests of the fetch itself start their own server with their own answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const TABLE = '85984NED';

function answer(path: string, query: string): unknown {
  const codes = [...decodeURIComponent(query).matchAll(/'([A-Z]{2}[0-9A-Z]{4,8})'/g)].map((m) => m[1]);
  const meta = (set: string) => `https://opendata.cbs.nl/ODataApi/OData/${TABLE}/$metadata#Cbs.OData.WebAPI.${set}`;
  if (path.endsWith(`/${TABLE}/TypedDataSet`)) {
    return {
      'odata.metadata': meta('TypedDataSet'),
      value: codes.map((code, i) => ({
        ID: i,
        WijkenEnBuurten: code.padEnd(10, ' '),
        Gemeentenaam_1: 'Testgemeente'.padEnd(40, ' '),
        Codering_3: code.padEnd(10, ' '),
        AantalInwoners_5: code.startsWith('GM') ? 100000 : 8000,
        k_65JaarOfOuder_12: code.startsWith('GM') ? 20000 : 2400,
      })),
    };
  }
  if (path.endsWith(`/${TABLE}/WijkenEnBuurten`)) {
    return {
      'odata.metadata': meta('WijkenEnBuurten'),
      value: codes.map((code) => ({ Key: code.padEnd(10, ' '), Title: `Gebied ${code}` })),
    };
  }
  if (path.endsWith(`/${TABLE}/TableInfos`)) {
    return {
      'odata.metadata': meta('TableInfos'),
      value: [{ Title: 'Kerncijfers wijken en buurten 2024', Period: '2024', Modified: '2025-03-14T02:00:00' }],
    };
  }
  return undefined;
}

let started: Promise<string> | null = null;

/** The base address of the shared fake CBS (…/ODataApi/odata). */
export function fakeCbsUrl(): Promise<string> {
  started ??= new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const [path, query = ''] = (req.url ?? '').split('?');
      const body = answer(path, query);
      if (body === undefined) res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ODataApi/odata`);
    });
  });
  return started;
}
