import type { ItemOf, operations, ResponseOf } from '@nexova/client';

export type Me = ResponseOf<operations['getMe']>;
export type Workspace = ItemOf<operations['listWorkspaces']>;
export type Overview = ResponseOf<operations['getWorkspaceOverview']>;
export type ShopOverview = NonNullable<Overview['shop']>;
