"""Writers that hand results back as files: tidy CSV, Excel workbooks."""
