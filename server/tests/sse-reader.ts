/** Reads a text/event-stream response event by event (what EventSource does), for tests. */
export interface SseEvent {
  event: string;
  data: string;
  id: string | undefined;
}

export function readSse(res: Response, timeoutMs = 20_000): { next(): Promise<SseEvent>; retry(): number | undefined; close(): void } {
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let buffer = '';
  let retry: number | undefined;
  const next = async (): Promise<SseEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        let id: string | undefined;
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
          else if (line.startsWith('id:')) id = line.slice(3).trim();
          else if (line.startsWith('retry:')) retry = Number(line.slice(6).trim());
        }
        if (data.length > 0) return { event, data: data.join('\n'), id };
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no event in time');
      const chunk = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event in time')), left))]);
      if (chunk.done) throw new Error('the stream ended');
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  return { next, retry: () => retry, close: () => void reader.cancel().catch(() => undefined) };
}
