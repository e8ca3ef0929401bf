import { AuthGate } from './auth/AuthGate';
import { Workspace } from './shell/Workspace';

/** The whole renderer: sign-in first, then the workspace. */
export function App() {
  return (
    <AuthGate>
      <Workspace />
    </AuthGate>
  );
}
