import { InvalidInputError, TOPIC_PATTERN, type Topic } from '@civic-widgets/core';
import type { FastifyInstance } from 'fastify';
import type { LiveHub } from '../live/hub.js';

const MAX_TOPICS = 20;

/**
 * GET /api/v1/stream?topics=poll:a,thread:b — Server-Sent Events. Sends a
 * heartbeat comment so proxies keep the connection, honours `Last-Event-ID`
 * (replay from the hub's recent events), and forgets the client on disconnect.
 */
export function streamRoute(app: FastifyInstance, hub: LiveHub, heartbeatSeconds: number): void {
  const open = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of [...open]) end();
  });

  app.get<{ Querystring: { topics?: string } }>('/stream', async (request, reply) => {
    const topics = (request.query.topics ?? '').split(',').filter(Boolean);
    if (topics.length === 0 || topics.length > MAX_TOPICS || topics.some((t) => !TOPIC_PATTERN.test(t))) {
      throw new InvalidInputError(`topics: 1 to ${MAX_TOPICS} of poll:ID, thread:ID, petition:ID, service:ID, comma-separated`, {
        fieldErrors: [{ path: 'topics', message: 'Invalid topics' }],
      });
    }
    const lastHeader = request.headers['last-event-id'];
    const lastEventId = typeof lastHeader === 'string' && /^\d+$/.test(lastHeader) ? Number(lastHeader) : undefined;

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\n');
    const remove = hub.add(
      {
        topics: new Set(topics as Topic[]),
        send: (id, event) => raw.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`),
      },
      lastEventId,
    );
    const heartbeat = setInterval(() => raw.write(': ping\n\n'), heartbeatSeconds * 1000);
    const end = () => {
      clearInterval(heartbeat);
      remove();
      open.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    open.add(end);
    request.raw.on('close', end);
  });
}
