import { InvalidInputError, TOPIC_PATTERN, type Topic } from '@civic-widgets/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LiveHub } from '../live/hub.js';
import type { StreamSlots } from '../live/slots.js';
import { problem, sendProblem } from './problems.js';

const MAX_TOPICS = 20;
/**
 * Bytes a client may leave unread on the server (beyond what its socket's kernel
 * buffers hold) before it is dropped: a client that stops reading would otherwise
 * make the server keep every event for it.
 */
export const MAX_UNREAD_BYTES = 64 * 1024;
/** Seconds a client refused a stream is told to wait (Retry-After). */
const RETRY_AFTER_SECONDS = 30;

export interface StreamOptions {
  /** Seconds between heartbeats; a client whose buffer does not drain for a whole interval is dropped. */
  heartbeatSeconds: number;
  /** Open streams allowed per client network (over every instance sharing `slots`)… */
  maxPerNetwork: number;
  /** …and on this instance: each holds a connection, that is an open file. */
  maxTotal: number;
  /** Where streams per network are counted: in memory, or in the database for several instances. */
  slots: StreamSlots;
  /** Stream opens allowed per client network per minute. */
  opensPerMinute: number;
  /** The client network of a request: the rate limits' key. */
  networkOf(request: FastifyRequest): string;
}

/**
 * GET /api/v1/stream?topics=poll:a,thread:b — Server-Sent Events. Sends a
 * heartbeat comment so proxies keep the connection, honours `Last-Event-ID`
 * (replay from the hub's recent events), and forgets the client on disconnect.
 * Streams hold a connection each, so they are capped per client network and in
 * total, and clients that stop reading are dropped. One timer beats for every
 * stream: ten thousand streams cost no more timers than one.
 */
export function streamRoute(app: FastifyInstance, hub: LiveHub, options: StreamOptions): void {
  const open = new Set<(shutdown?: boolean) => void>();
  const beats = new Set<() => void>();
  let pending = 0;
  const heartbeat = setInterval(() => {
    for (const beat of beats) beat();
  }, options.heartbeatSeconds * 1000);
  heartbeat.unref();
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    for (const end of [...open]) end(true);
  });

  app.get<{ Querystring: { topics?: unknown } }>(
    '/stream',
    { config: { rateLimit: { max: options.opensPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      // `topics=a&topics=b` arrives as an array: only the comma-separated form is accepted.
      const list = request.query.topics;
      const topics = typeof list === 'string' ? list.split(',').filter(Boolean) : [];
      if (topics.length === 0 || topics.length > MAX_TOPICS || topics.some((t) => !TOPIC_PATTERN.test(t))) {
        throw new InvalidInputError(
          `topics: 1 to ${MAX_TOPICS} of poll:ID, thread:ID, petition:ID, service:ID, comma-separated, in one parameter`,
          { fieldErrors: [{ path: 'topics', message: 'Invalid topics' }] },
        );
      }
      // Counted before the shared count is asked, so a burst of opens cannot all pass the total cap.
      if (open.size + pending >= options.maxTotal) {
        return sendProblem(
          reply,
          problem(
            'server',
            'The server has as many live streams open as it takes; try again later',
            { retryAfter: RETRY_AFTER_SECONDS },
            503,
          ),
        );
      }
      const network = options.networkOf(request);
      pending++;
      let taken: boolean;
      try {
        taken = await options.slots.take(network, options.maxPerNetwork);
      } finally {
        pending--;
      }
      if (!taken) {
        return sendProblem(
          reply,
          problem('rate-limited', `Too many live streams from this network (at most ${options.maxPerNetwork})`, {
            retryAfter: RETRY_AFTER_SECONDS,
          }),
        );
      }
      if (request.raw.destroyed) {
        options.slots.release(network);
        return reply;
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

      let ended = false;
      let remove = (): unknown => undefined;
      // Set at a heartbeat when the buffer is over its high-water mark; cleared by 'drain'.
      let waitingForDrain = false;
      const beat = () => {
        // A whole interval over the high-water mark without draining: the client has stopped reading.
        if (waitingForDrain && raw.writableNeedDrain) return drop();
        waitingForDrain = raw.writableNeedDrain;
        write(': ping\n\n');
      };
      const end = (shutdown = false) => {
        if (ended) return;
        ended = true;
        beats.delete(beat);
        remove();
        open.delete(end);
        options.slots.release(network);
        if (!raw.destroyed && !raw.writableEnded) raw.end();
        // Shutting down does not wait for clients that have not read what they were sent.
        if (shutdown && raw.writableLength > 0) raw.destroy();
      };
      const drop = () => {
        raw.destroy();
        end();
      };
      const write = (chunk: string, replay = false) => {
        if (ended) return;
        raw.write(chunk);
        // The replay on connecting is bounded by the hub (its memory, or as many events from the database); what comes after must be read.
        if (!replay && raw.writableLength > MAX_UNREAD_BYTES) drop();
      };

      open.add(end);
      beats.add(beat);
      raw.on('close', () => end());
      raw.on('drain', () => (waitingForDrain = false));
      write('retry: 3000\n\n');
      remove = hub.add({ topics: new Set(topics as Topic[]), send: (_id, frame, replay) => write(frame, replay) }, lastEventId);
    },
  );
}
