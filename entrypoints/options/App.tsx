export default function App() {
  return (
    <main style={{ maxWidth: 760, margin: '0 auto', padding: 24 }}>
      <h1>De-bias settings</h1>
      <p className="hint">Choose what De-bias checks and where. Your settings stay in this browser.</p>
    </main>
  );
}
