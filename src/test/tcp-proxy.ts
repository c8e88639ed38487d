import net from 'node:net';

/**
 * A TCP proxy between the app and a server (PostgreSQL), that a test cuts and restores: the way a
 * database restart or a network break looks from the app, without touching the shared server.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private readonly upstream = new Set<net.Socket>();
  port = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    await proxy.restore();
    return proxy;
  }

  /** Accepts connections again, on the same port as before. */
  async restore(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      this.track(client);
      this.track(upstream);
      this.upstream.add(upstream);
      upstream.on('close', () => this.upstream.delete(upstream));
      client.pipe(upstream).pipe(client);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Breaks every open connection and refuses new ones, as a stopped server does. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  /** Local ports of the connections to the target: PostgreSQL lists them as client_port. */
  upstreamPorts(): number[] {
    return [...this.upstream].map((s) => s.localPort).filter((p): p is number => typeof p === 'number');
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  private track(socket: net.Socket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
