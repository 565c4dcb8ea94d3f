import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { useEffect, useRef } from "react";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export type Series = { label: string; values: readonly (number | null)[]; colour: string };

/**
 * A bar chart drawn by Chart.js on a canvas. The canvas is a picture for sighted readers;
 * the table beside it (see FigureTable) carries the same figures for everyone else.
 */
export function BarChart({ labels, series, description }: { labels: readonly string[]; series: readonly Series[]; description: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: [...labels],
        datasets: series.map((s) => ({ label: s.label, data: [...s.values], backgroundColor: s.colour })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className="welzijn-chart">
      <canvas ref={canvas} aria-label={description}>
        {description}
      </canvas>
    </div>
  );
}
