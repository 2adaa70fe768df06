import type { Project } from '@/utils/clockme/schemas';
import { DescriptionField } from './DescriptionField';
import { ProjectPicker } from './ProjectPicker';
import type { TimerChoice } from './use-timer-choice';

/** What the start and switch forms share: the choice (draft) and how to create a project. */
export interface ChoiceProps {
  choice: TimerChoice;
  /** A Full-scope key: the picker offers to create projects. */
  canCreateProjects: boolean;
  /** Creates a project; resolves to it, or `null` when it failed (shown in the alert). */
  onCreateProject: (name: string) => Promise<Project | null>;
}

/** The "Project" picker and "Description" field of a {@link TimerChoice}; `focusDescription` focuses the description on mount. */
export function ChoiceFields({ choice, canCreateProjects, onCreateProject, focusDescription = false }: ChoiceProps & { focusDescription?: boolean }) {
  return (
    <>
      <ProjectPicker projects={choice.projects} selectedId={choice.projectId} goneProjectName={choice.goneProjectName} onSelect={choice.chooseProject} canCreate={canCreateProjects} onCreate={onCreateProject} />
      <DescriptionField value={choice.description} onChange={choice.typeDescription} suggestions={choice.descriptions} autoFocus={focusDescription} />
    </>
  );
}
