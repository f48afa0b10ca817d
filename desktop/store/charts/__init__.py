"""What the charts and the stats command read: daily ratings, chart data, drift, summary figures."""
