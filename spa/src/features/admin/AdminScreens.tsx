import { useRoutes } from "react-router";
import { AuditScreen } from "./AuditScreen";
import { ClientsScreen } from "./ClientsScreen";
import { UsersScreen } from "./UsersScreen";

export default function AdminScreens() {
  return useRoutes([
    { index: true, element: <AuditScreen /> },
    { path: "accounts", element: <UsersScreen /> },
    { path: "clients", element: <ClientsScreen /> },
  ]);
}
