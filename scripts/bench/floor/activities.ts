export const FLOOR_TASK_QUEUE = 'bench-floor';
export const FLOOR_WORKFLOW_TYPE = 'floorCaseWorkflow';

/** The floor workflow's one local activity: it does nothing but count itself. */
export interface FloorActivities {
  recordNothing(input: unknown): Promise<void>;
}

export function createFloorActivities(onRecorded: () => void): FloorActivities {
  return {
    recordNothing() {
      onRecorded();
      return Promise.resolve();
    },
  };
}
