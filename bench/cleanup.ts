/**
 * What the benchmark must undo however it ends (browsers, Xvfb servers, the sandbox, temporary
 * folders): undone last-in first-out, each step's failure reported but not stopping the others.
 */
export class Cleanup {
  private readonly steps: Array<{ what: string; undo: () => Promise<unknown> | unknown }> = [];

  /** Registers `undo` (described by `what`), run by {@link Cleanup.run}. */
  add(what: string, undo: () => Promise<unknown> | unknown): void {
    this.steps.push({ what, undo });
  }

  /** Runs every registered step, newest first; a step runs at most once. */
  async run(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.undo();
      } catch (error) {
        console.error(`bench: could not ${step.what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
