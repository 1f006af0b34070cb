private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=16, verbose=False)
samples = private.get_samples(biosample_id='E-B19137107158,E-F19955300137,E-B19692615052')
for item in samples['result']:
    print(item.dumps(indent=4))
