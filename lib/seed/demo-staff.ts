import type { Role } from "@/lib/generated/prisma/enums";

/** Demo staff accounts, printed by `npm start` and listed in the README. */
export const demoStaff: { email: string; name: string; role: Role; password: string; maxConcurrentChats: number }[] = [
  {
    email: "admin@brindille.example",
    name: "Alex Admin",
    role: "ADMIN",
    password: "guichet-admin",
    maxConcurrentChats: 3,
  },
  {
    email: "editor@brindille.example",
    name: "Eva Editor",
    role: "EDITOR",
    password: "guichet-editor",
    maxConcurrentChats: 0,
  },
  {
    email: "camille@brindille.example",
    name: "Camille Martin",
    role: "AGENT",
    password: "guichet-agent",
    maxConcurrentChats: 4,
  },
  {
    email: "sam@brindille.example",
    name: "Sam Okafor",
    role: "AGENT",
    password: "guichet-agent",
    maxConcurrentChats: 3,
  },
];
