/** Lines of an MDX body outside fenced code blocks (a tag or heading inside a fence is an example, not content). */

/** Calls `visit` with each line outside code fences and its 1-based line number. */
export function forEachContentLine(body: string, visit: (text: string, line: number) => void): void {
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) visit(text, index + 1);
  });
}
