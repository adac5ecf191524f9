export { type WorkspaceOverview, workspaceOverviewSchema } from './contracts/overview';
export { insightsModule } from './module';
export { type GetWorkspaceOverviewInput, getWorkspaceOverview } from './use-cases/get-workspace-overview';
