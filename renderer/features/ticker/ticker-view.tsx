// The site-wide ticker: its items, in order, and how they will look on the published page.
export function TickerView() {
  return (
    <div className="library-screen">
      <header className="screen-header">
        <h1>Ticker</h1>
      </header>
    </div>
  );
}
