// /admin/events/new: an editor adds an event through the shared event form.
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listCountries } from "@/lib/server/list-countries";
import { EventForm } from "@/components/admin/event-form/event-form";
import { Forbidden } from "@/components/admin/forbidden";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/events/new")}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;
  const countries = (await listCountries()).map(({ id, name, flag }) => ({ id, name, flag }));
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <p className={styles.crumbs}>
          <Link href="/admin">Events</Link> / New
        </p>
        <h1 className={styles.pageTitle}>New event</h1>
        <p className={styles.lede}>A dated, sourced event between two or more countries. It appears on the map as soon as it is saved.</p>
      </div>
      <EventForm mode="create" countries={countries} />
    </main>
  );
}
