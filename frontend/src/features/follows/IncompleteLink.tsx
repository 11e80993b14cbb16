/** What the follow pages say when opened without the token their e-mail link carries. */
export function IncompleteLink() {
  return (
    <p class="alert" role="alert">
      This link is incomplete. Open the whole link from the e-mail, or copy all of it into the address bar.
    </p>
  );
}
